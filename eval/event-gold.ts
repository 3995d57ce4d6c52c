/** Readers of the event gold files of ../shared/eval: PETRARCH validation XML and the PLOVER GSR JSON. */
export interface GoldEvent {
  readonly code: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
}

export interface GoldSentence {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly events: readonly GoldEvent[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((x) => x !== undefined);

/** `<Sentence date=".." id="..">` + `<EventCoding sourcecode targetcode eventcode>` + `<Text>`. */
export function readPetrarchXml(xml: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const parts = body.split(/<Sentence\s/).slice(1);
  for (const part of parts) {
    const head = part.slice(0, part.indexOf('>'));
    const id = attr(head, 'id') ?? '';
    const d = attr(head, 'date') ?? '';
    let text = /<Text>([\s\S]*?)<\/Text>/.exec(part)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    // One GSR record has an empty <Text>: its words are still in the CoNLL-U <Parse> (second column).
    if (!text)
      text = [...(/<Parse>([\s\S]*?)<\/Parse>/.exec(part)?.[1] ?? '').matchAll(/^\d+\t([^\t]+)/gm)]
        .map((m) => m[1])
        .join(' ')
        .replace(/ ([.,;:])/g, '$1');
    if (!text || attr(head, 'evaluate') === 'false') continue;
    const events: GoldEvent[] = [];
    let skip = false;
    for (const m of part.split(/<\/Sentence>/)[0]!.matchAll(/<EventCoding\s([^>]*)>/g)) {
      const tag = m[1]!;
      if (attr(tag, 'error') !== undefined) skip = true;
      const code = attr(tag, 'eventcode');
      if (!code) continue;
      events.push({ code, source: [(attr(tag, 'sourcecode') ?? '').toUpperCase()], target: [(attr(tag, 'targetcode') ?? '').toUpperCase()] });
    }
    if (skip) continue;
    out.push({ id, date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`, text, events });
  }
  return out;
}

/** PLOVER GSR: one event a record, its PLOVER category (0.5 names) in `code`; actors as code + sector. */
export function readPloverGsr(json: string): GoldSentence[] {
  const records = JSON.parse(json) as Record<string, unknown>[];
  // The GSR writes the sector apart ({ code: "HUN", sector: "GOV" }): joined, it compares with CAMEO's HUNGOV.
  const codes = (x: unknown): string[] =>
    Array.isArray(x) ? x.map((a: { code?: string; sector?: string }) => `${a.code ?? ''}${a.code ? (a.sector ?? '') : ''}`.toUpperCase()).filter(Boolean) : [];
  return records
    .filter((r) => typeof r.text === 'string' && r.event !== 'DOCUMENT')
    .map((r) => ({
      id: String(r.id),
      date: String(r.date ?? '2000-01-01'),
      text: String(r.text).trim(),
      events: [{ code: String(r.event), source: codes(r.source), target: codes(r.target) }],
    }));
}
