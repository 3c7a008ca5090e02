import { describe, expect, it } from 'vitest';
import { docxType, policyDocxBytes } from '../../src/features/prepare/policyDocx';
import { writePolicy } from '../../src/plan/writePolicy';
import { completeAnswers } from '../support/policyAnswers';
import { readZip } from '../support/readZip';

const settings = {
  practiceName: 'Riverside Surgery',
  contacts: { practiceManager: { name: 'Jo Bloggs', phone: '01632 960001' } },
  staffNames: [],
};

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => (m[1] ?? '').replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e))
      .join(''),
  );
}

function headingStyles(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap(([p]) => {
    const style = /<w:pStyle w:val="(Heading1|Title)"\/>/.exec(p)?.[1];
    return style ? [`${style}: ${paragraphs(p).join('')}`] : [];
  });
}

describe('the policy as a Word file', () => {
  it('is a zip holding word/document.xml with the title, every section heading and the sources heading', async () => {
    const document = writePolicy(completeAnswers, settings, {
      version: 2,
      status: 'adopted',
      adoptedOn: '2026-11-30',
      reviewBy: '2027-11-30',
    });
    const bytes = new Uint8Array(await policyDocxBytes(document));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    const files = readZip(bytes);
    const xml = new TextDecoder().decode(files.get('word/document.xml'));
    expect(headingStyles(xml)).toEqual([
      'Title: Social media policy: Riverside Surgery',
      "Heading1: Staff's own social media",
      "Heading1: The practice's own pages and accounts",
      'Heading1: Monitoring',
      'Heading1: Handling a post about the practice or a colleague',
      'Heading1: Replies agreed in advance',
      'Heading1: Keeping a record',
      'Heading1: Training and review',
      'Heading1: Where this policy comes from',
    ]);
    const text = paragraphs(xml);
    expect(text).toContain('Version 2 · Adopted on 30 November 2026 · Review by 30 November 2027');
    expect(text).toContain('Who: Practice manager: Jo Bloggs, 01632 960001');
  });

  it('puts the practice name, version and review date in the header of every page', async () => {
    const document = writePolicy(completeAnswers, settings, { version: 1, status: 'draft' });
    const files = readZip(new Uint8Array(await policyDocxBytes(document)));
    const headers = [...files.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    const header = new TextDecoder().decode(files.get(headers[0]!));
    expect(paragraphs(header).join('')).toBe(
      'Riverside Surgery · Social media policy · Version 1 · Draft: not yet adopted · Review date: set when adopted',
    );
    expect(docxType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
