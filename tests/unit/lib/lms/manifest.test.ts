import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cmi5Manifest,
  manifestProblems,
  schemaFiles,
  scorm12Manifest,
  scorm2004Manifest,
  type Cmi5Input,
  type PackageKind,
} from '../../../../src/lib/lms/manifest';
import { PASS_PERCENT } from '../../../../src/lib/quiz/assessment';
import { count, schemasDir, validate, xpath } from './xmllint';

function fakeInput(overrides: Partial<Cmi5Input> = {}): Cmi5Input {
  return {
    identifier: 'shinrai',
    title: 'Shinrai: winning loyalty through trust',
    description: 'Why trust, not discounts, brings the reorder.',
    version: '0.1.0',
    launch: 'lms/launch.html',
    files: ['lms/launch.html', 'index.html', 'lessons/why-trust/index.html', '_astro/site.css'],
    masteryPercent: PASS_PERCENT,
    language: 'en',
    activityId: 'https://courses.example.com/shinrai',
    ...overrides,
  };
}

const writers: Record<PackageKind, (input: Cmi5Input) => string> = {
  scorm12: scorm12Manifest,
  scorm2004: scorm2004Manifest,
  cmi5: cmi5Manifest,
};
const kinds = Object.keys(writers) as PackageKind[];

/** Element and attribute paths by local name, as the three manifests use different namespaces. */
const el = (...names: string[]) => names.map((name) => `*[local-name()='${name}']`).join('/');

const hostileTitle = `Trust <b>"not"</b> & 'discounts' ]]> 信頼と稟議 — ¥4.2M 😀`;

describe('every manifest', () => {
  it.each(kinds)('%s: is valid against its schemas (xmllint --schema)', (kind) => {
    const { status, output } = validate(kind, writers[kind](fakeInput()));
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it.each(kinds)('%s: keeps a hostile or Japanese title intact and stays valid', (kind) => {
    const manifest = writers[kind](fakeInput({ title: hostileTitle, description: hostileTitle }));
    expect(manifest).not.toContain('<b>');
    expect(validate(kind, manifest).status).toBe(0);
    const title =
      kind === 'cmi5' ? el('course', 'title', 'langstring') : el('organization', 'title');
    expect(xpath(manifest, `//${title}`)).toBe(hostileTitle);
  });

  it.each(kinds)('%s: keeps line ends, tabs and quotes in text and attributes', (kind) => {
    const version = `1.0\t"b" & 'c'\n`;
    const activityId = `https://courses.example.com/shinrai?a=1&b='x'`;
    const input = fakeInput({ title: 'Line one\r\nline\ttwo', version, activityId });
    const manifest = writers[kind](input);
    expect(validate(kind, manifest).status).toBe(0);
    const title = kind === 'cmi5' ? el('au', 'title', 'langstring') : el('item', 'title');
    expect(xpath(manifest, `//${title}`)).toBe('Line one\r\nline\ttwo');
    if (kind === 'cmi5') expect(xpath(manifest, `//${el('course')}/@id`)).toBe(activityId);
    else expect(xpath(manifest, '/*/@version')).toBe(version);
  });

  it.each(kinds)('%s: a manifest missing a required element fails validation', (kind) => {
    const manifest = writers[kind](fakeInput());
    const broken =
      kind === 'cmi5'
        ? manifest.replace(/\s*<url>.*<\/url>/, '')
        : manifest.replace(/\s*<resources>[\s\S]*<\/resources>/, '');
    expect(broken).not.toBe(manifest);
    const { status, output } = validate(kind, broken);
    expect(status).not.toBe(0);
    expect(output).toMatch(kind === 'cmi5' ? /url/ : /resources/);
  });

  it.each(kinds)('%s: refuses the input rather than write an invalid manifest', (kind) => {
    expect(() => writers[kind](fakeInput({ identifier: '1st course' }))).toThrow(
      `Cannot write the ${kind} manifest:\n- identifier '1st course' must start with a letter`,
    );
  });
});

describe('scorm12Manifest', () => {
  const manifest = scorm12Manifest(fakeInput());

  it('declares SCORM 1.2 and the schema files at the package root', () => {
    expect(xpath(manifest, `//${el('metadata', 'schema')}`)).toBe('ADL SCORM');
    expect(xpath(manifest, `//${el('metadata', 'schemaversion')}`)).toBe('1.2');
    expect(xpath(manifest, '/*/@*[local-name()="schemaLocation"]')).toBe(
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    );
  });

  it('has one organisation with one item that launches one SCO, with no mastery score for the LMS to judge by', () => {
    expect(count(manifest, `//${el('organization')}`)).toBe(1);
    expect(count(manifest, `//${el('item')}`)).toBe(1);
    expect(count(manifest, `//${el('resource')}`)).toBe(1);
    // The course reports passed itself, only once every part is done (src/lib/lms/scorm.ts).
    expect(count(manifest, `//${el('item', 'masteryscore')}`)).toBe(0);
    expect(xpath(manifest, `//${el('item')}/@identifierref`)).toBe(
      xpath(manifest, `//${el('resource')}/@identifier`),
    );
    expect(xpath(manifest, `//${el('resource')}/@*[local-name()='scormtype']`)).toBe('sco');
    expect(xpath(manifest, `//${el('resource')}/@href`)).toBe('lms/launch.html');
  });

  it('lists every file once, in a stable order', () => {
    expect(manifest.match(/<file href="[^"]*"\/>/g)).toEqual([
      '<file href="_astro/site.css"/>',
      '<file href="index.html"/>',
      '<file href="lessons/why-trust/index.html"/>',
      '<file href="lms/launch.html"/>',
    ]);
  });

  it('limits the title to SCORM 1.2’s 200 characters', () => {
    const input = fakeInput({ title: '信'.repeat(201) });
    expect(() => scorm12Manifest(input)).toThrow('title has 201 characters; SCORM 1.2 allows 200');
    expect(validate('scorm2004', scorm2004Manifest(input)).status).toBe(0);
  });
});

describe('scorm2004Manifest', () => {
  const manifest = scorm2004Manifest(fakeInput());

  it('declares SCORM 2004 4th Edition', () => {
    expect(xpath(manifest, `//${el('metadata', 'schemaversion')}`)).toBe('2004 4th Edition');
    for (const file of ['imscp_v1p1', 'adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3', 'imsss_v1p0'])
      expect(manifest).toContain(` ${file}.xsd`);
  });

  it('launches one SCO whose primary objective is satisfied at the pass mark', () => {
    expect(count(manifest, `//${el('item')}`)).toBe(1);
    expect(xpath(manifest, `//${el('resource')}/@*[local-name()='scormType']`)).toBe('sco');
    const objective = `//${el('item', 'sequencing', 'objectives', 'primaryObjective')}`;
    expect(xpath(manifest, `${objective}/@satisfiedByMeasure`)).toBe('true');
    expect(xpath(manifest, `${objective}/${el('minNormalizedMeasure')}`)).toBe('0.8');
    expect(xpath(manifest, `//${el('organization', 'sequencing', 'controlMode')}/@flow`)).toBe(
      'true',
    );
  });
});

describe('cmi5Manifest', () => {
  const manifest = cmi5Manifest(fakeInput());

  it('has one AU, passed and completed at the pass mark, launched from the package', () => {
    expect(count(manifest, `//${el('au')}`)).toBe(1);
    expect(xpath(manifest, `//${el('au')}/@moveOn`)).toBe('CompletedAndPassed');
    expect(xpath(manifest, `//${el('au')}/@masteryScore`)).toBe('0.8');
    expect(xpath(manifest, `//${el('au')}/@launchMethod`)).toBe('AnyWindow');
    expect(xpath(manifest, `//${el('au', 'url')}`)).toBe('lms/launch.html');
  });

  it('names the course and the AU with distinct IRIs built from the activity id', () => {
    expect(xpath(manifest, `//${el('course')}/@id`)).toBe('https://courses.example.com/shinrai');
    expect(xpath(manifest, `//${el('au')}/@id`)).toBe('https://courses.example.com/shinrai/au');
  });

  it('writes title and description in the course language, the title standing in', () => {
    const ja = cmi5Manifest(fakeInput({ language: 'ja', title: '信頼', description: undefined }));
    expect(validate('cmi5', ja).status).toBe(0);
    expect(xpath(ja, `//${el('course', 'title', 'langstring')}/@lang`)).toBe('ja');
    expect(xpath(ja, `//${el('au', 'description', 'langstring')}`)).toBe('信頼');
  });

  it('wants an absolute IRI for the activity id', () => {
    expect(() => cmi5Manifest(fakeInput({ activityId: 'shinrai' }))).toThrow(
      "activityId 'shinrai' must be an absolute IRI",
    );
  });
});

describe('file paths', () => {
  const files = ['lms/launch.html', 'ja/信頼/index.html', 'a b/100%.html', 'q?#&x.js'];

  it.each(kinds)('%s: are written as URI references and stay valid', (kind) => {
    const manifest = writers[kind](fakeInput({ files, launch: 'ja/信頼/index.html' }));
    expect(validate(kind, manifest).status).toBe(0);
    const launch = kind === 'cmi5' ? `//${el('au', 'url')}` : `//${el('resource')}/@href`;
    expect(xpath(manifest, launch)).toBe('ja/%E4%BF%A1%E9%A0%BC/index.html');
    if (kind !== 'cmi5')
      expect(manifest).toContain('<file href="a%20b/100%25.html"/>\n      <file href="ja/');
    if (kind !== 'cmi5') expect(manifest).toContain('<file href="q%3F%23&amp;x.js"/>');
  });
});

describe('manifestProblems', () => {
  it('names every problem with the input in plain words', () => {
    const input = fakeInput({
      identifier: 'my course',
      title: 'Bell\u0007',
      version: 'version twenty-one ch',
      language: 'en_US',
      masteryPercent: 80.5,
      files: ['index.html', '/abs.html', '../up.html', 'index.html', 'dir\\file.html'],
      activityId: 'https://example.com/x#frag',
    });
    expect(manifestProblems(input, 'cmi5')).toMatchInlineSnapshot(`
      [
        "identifier 'my course' must start with a letter or '_' and hold only letters, digits, '.', '-' and '_' (an xs:ID)",
        "title holds U+0007, which XML cannot carry",
        "version 'version twenty-one ch' must have 1 to 20 characters",
        "language 'en_US' is not a language tag such as 'en' or 'ja'",
        "masteryPercent 80.5 must be a whole number from 0 to 100",
        "file '/abs.html' must be relative to the package root, without a leading /",
        "file '../up.html' has an empty, '.' or '..' folder",
        "file 'dir\\file.html' must separate folders with '/', not '\\'",
        "file 'index.html' is listed twice",
        "launch 'lms/launch.html' is not one of the files",
        "activityId 'https://example.com/x#frag' must be an absolute IRI without spaces or '#', e.g. 'https://example.com/shinrai'",
      ]
    `);
  });

  it('has nothing to say about good input', () => {
    for (const kind of kinds) expect(manifestProblems(fakeInput(), kind)).toEqual([]);
  });
});

describe('schemaFiles', () => {
  /** The files a schema file names: imports, includes, its DOCTYPE and DTD entities. */
  function referencedBy(kind: PackageKind, file: string): string[] {
    const text = readFileSync(join(schemasDir, kind, file), 'utf8');
    return [
      ...text.matchAll(/<xsd?:(?:import|include)\b[^>]*schemaLocation\s*=\s*"([^"]+)"/g),
      ...text.matchAll(/<!DOCTYPE[^>]*"([^"]+\.dtd)"/g),
      ...text.matchAll(/<!ENTITY\s+%[^>]*'([^']+\.dtd)'/g),
    ].map((match) => match[1] ?? '');
  }

  it.each(kinds)('%s: holds every file its schemas pull in, and each exists', (kind) => {
    const shipped = schemaFiles(kind);
    for (const file of shipped) {
      expect(existsSync(join(schemasDir, kind, file)), file).toBe(true);
      expect(shipped).toEqual(expect.arrayContaining(referencedBy(kind, file)));
    }
    expect(new Set(shipped).size).toBe(shipped.length);
  });

  it('ships the SCORM 1.2 schemas the manifest uses, and all of SCORM 2004’s; cmi5 needs none', () => {
    expect(schemaFiles('scorm12')).toEqual([
      'imscp_rootv1p1p2.xsd',
      'adlcp_rootv1p2.xsd',
      'ims_xml.xsd',
    ]);
    expect(schemaFiles('scorm2004').toSorted()).toEqual(
      readdirSync(join(schemasDir, 'scorm2004')).toSorted(),
    );
    expect(schemaFiles('cmi5')).toEqual([]);
  });
});

describe('src/lms-schemas', () => {
  const shared = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'lms-schemas');

  it.runIf(existsSync(shared))('is a verbatim copy of ../shared/lms-schemas', () => {
    const src = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'lms-schemas');
    for (const kind of kinds)
      for (const file of readdirSync(join(shared, kind)))
        expect(
          readFileSync(join(src, kind, file)).equals(readFileSync(join(shared, kind, file))),
          file,
        ).toBe(true);
  });
});
