import { describe, expect, it } from 'vitest';
import { starlightLesson } from '../../bench/starlight-lesson';

describe('starlightLesson', () => {
  it('keeps the title, summary and order, and stubs every component once', () => {
    const source = [
      '---',
      'title: "Why trust outweighs price"',
      'order: 2',
      'summary: "A discount wins a deal, not a customer."',
      'drivers: [intention]',
      '---',
      '',
      'A <Term id="ringi">ringi</Term> and a <Term id="nemawashi">nemawashi</Term>.',
      '',
      '<Example title="Saitama">',
      '',
      'Uchida-san heads IT.',
      '',
      '</Example>',
      '',
    ].join('\n');
    expect(starlightLesson(source, '../../../components/Stub.astro')).toMatchInlineSnapshot(`
      "---
      title: Why trust outweighs price
      description: A discount wins a deal, not a customer.
      sidebar:
        order: 2
      ---

      import Term from '../../../components/Stub.astro';
      import Example from '../../../components/Stub.astro';

      A <Term id="ringi">ringi</Term> and a <Term id="nemawashi">nemawashi</Term>.

      <Example title="Saitama">

      Uchida-san heads IT.

      </Example>
      "
    `);
  });
});
