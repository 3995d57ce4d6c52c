import type { CameoCode } from './types.js';

/**
 * Reads CAMEO_codefile.txt (`LABEL: 0211= Appeal for economic cooperation`, `//02: APPEAL` for the
 * roots; `LABELi:` lines are ICEWS relabellings, used only where no `LABEL:` exists) and
 * CAMEO2PLOVER-2021.txt (`0211: REQUEST, assist, economic # ...`). The 02 appeals, which the 2021 mapping leaves
 * out, take the row of their 10 demand (REQUEST); the CAMEO 01 statements have no `plover`.
 */
export function parseCameoCodes(codefile: string, ploverMap: string): Record<string, CameoCode> {
  const labels = new Map<string, string>();
  const icews = new Map<string, string>();
  for (const line of codefile.split(/\r?\n/)) {
    const label = /^LABEL(i?):\s*(\d{2,4})\s*=\s*(.+?)\s*$/.exec(line);
    if (label) {
      const target = label[1] ? icews : labels;
      if (!target.has(label[2]!)) target.set(label[2]!, label[3]!);
      continue;
    }
    const root = /^\/\/(\d{2})\s*[:=]\s*(.+?)\s*$/.exec(line);
    if (root && !labels.has(root[1]!)) labels.set(root[1]!, titleCase(root[2]!));
  }
  for (const [code, label] of icews) if (!labels.has(code)) labels.set(code, label);

  const plover = new Map<string, { plover: string; mode?: string; context?: string }>();
  for (const line of ploverMap.split(/\r?\n/)) {
    const m = /^(\d{2,4}):\s*([^#]*)/.exec(line);
    if (!m) continue;
    const [category, mode, context] = m[2]!.split(',').map((x) => x.trim());
    if (!category) continue;
    const row: { plover: string; mode?: string; context?: string } = { plover: category };
    if (mode) row.mode = mode;
    if (context) row.context = context;
    if (!plover.has(m[1]!)) plover.set(m[1]!, row);
  }
  // PLOVER's REQUEST covers appeals as well as demands, and CAMEO numbers the two alike (0211 appeal, 1011 demand
  // for economic cooperation); the 2021 mapping lists only the demands: an appeal takes its demand's row.
  for (const code of labels.keys()) {
    const demand = plover.get(`10${code.slice(2)}`);
    if (code.startsWith('02') && !plover.has(code) && demand) plover.set(code, demand);
  }
  const out: Record<string, CameoCode> = {};
  for (const code of [...new Set([...labels.keys(), ...plover.keys()])].sort()) {
    out[code] = { label: labels.get(code) ?? '', ...plover.get(code) };
  }
  return out;
}

function titleCase(s: string): string {
  return s.charAt(0) + s.slice(1).toLowerCase();
}

/** The PLOVER category of a CAMEO code: its own row, else its root's (`0214` -> `021` -> `02`). */
export function ploverOf(cameo: string, codes: Readonly<Record<string, CameoCode>>): string | null {
  for (let c = cameo; c.length >= 2; c = c.slice(0, -1)) {
    const p = codes[c]?.plover;
    if (p) return p;
  }
  return null;
}
