import { describe, expect, it } from 'vitest';
import { readCmi5LaunchData } from '../../../../src/lib/lms/cmi5-launch-data';

const contextTemplate = {
  contextActivities: { grouping: [{ id: 'https://shinrai.example/xapi/courses/shinrai' }] },
  extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'abc' },
};

describe('readCmi5LaunchData', () => {
  it('reads what cmi5 §10.2 puts in LMS.LaunchData', () => {
    expect(
      readCmi5LaunchData({
        contextTemplate,
        launchMode: 'Review',
        masteryScore: 0.8,
        moveOn: 'CompletedAndPassed',
        returnURL: 'https://lms.example/course/7',
      }),
    ).toEqual({
      ok: true,
      launchData: {
        contextTemplate,
        launchMode: 'Review',
        masteryScore: 0.8,
        moveOn: 'CompletedAndPassed',
        returnURL: 'https://lms.example/course/7',
      },
    });
  });

  it('leaves out what is not as cmi5 says, and takes a missing launch mode as Normal', () => {
    expect(
      readCmi5LaunchData({
        contextTemplate: { contextActivities: 'no' },
        launchMode: 'Sideways',
        masteryScore: 1.5,
        moveOn: 'Whenever',
        returnURL: 'javascript:alert(1)',
      }),
    ).toEqual({ ok: true, launchData: { contextTemplate: {}, launchMode: 'Normal' } });
  });

  it('refuses a document without a context template, or no document', () => {
    expect(readCmi5LaunchData({ launchMode: 'Normal' })).toEqual({
      ok: false,
      detail: 'LMS.LaunchData has no contextTemplate',
    });
    expect(readCmi5LaunchData('text')).toEqual({
      ok: false,
      detail: 'LMS.LaunchData is not a JSON object',
    });
  });
});
