import type { SeriesAnswer } from '../types.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 720;
const H = 200;
const PAD = { left: 34, right: 10, top: 16, bottom: 26 };

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Members (or a state's memberships) per year as bars, with a mark over each year in which several joined on
 * one day (an accession wave) naming them on hover; decade ticks below, counts on the left. An SVG that scales
 * to its box; the numbers are also in its description for screen readers.
 */
export function seriesChart(s: SeriesAnswer, what: 'members' | 'organizations'): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'series-chart';
  if (s.points.length === 0) {
    box.textContent = `No ${what} recorded.`;
    return box;
  }
  const first = s.points[0]!.year;
  const last = s.points[s.points.length - 1]!.year;
  const max = Math.max(1, ...s.points.map((p) => p.count));
  const years = last - first + 1;
  const bw = (W - PAD.left - PAD.right) / years;
  const x = (year: number) => PAD.left + (year - first) * bw;
  const y = (count: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - count / max);
  const peak = s.points.reduce((a, p) => (p.count > a.count ? p : a));
  const summary = `${s.subject.name}: ${what} per year from ${first} to ${last}; ${s.points[s.points.length - 1]!.count} in ${last}, most ${peak.count} in ${peak.year}`;
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary, preserveAspectRatio: 'none', class: 'series-svg' });
  svg.append(el('title', {}, summary));
  for (const t of [0, Math.round(max / 2), max]) {
    svg.append(
      el('line', { x1: PAD.left, x2: W - PAD.right, y1: y(t), y2: y(t), class: 'grid-line' }),
      el('text', { x: PAD.left - 4, y: y(t) + 3, 'text-anchor': 'end', class: 'tick' }, String(t)),
    );
  }
  for (const p of s.points) {
    const bar = el('rect', {
      x: x(p.year) + bw * 0.1,
      y: y(p.count),
      width: Math.max(0.5, bw * 0.8),
      height: H - PAD.bottom - y(p.count),
      class: 'bar',
      'data-year': p.year,
    });
    bar.append(el('title', {}, `${p.year}: ${p.count} ${what}`));
    svg.append(bar);
  }
  const step = years > 120 ? 20 : years > 40 ? 10 : years > 15 ? 5 : 1;
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    svg.append(el('text', { x: x(year) + bw / 2, y: H - PAD.bottom + 14, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  }
  for (const j of s.joins.filter((w) => w.who.length > 1)) {
    const year = Number(j.on.slice(0, 4));
    if (year < first || year > last) continue;
    const count = s.points.find((p) => p.year === year)?.count ?? 0;
    const mark = el('path', { d: `M ${x(year) + bw / 2 - 5} ${y(count) - 10} l 10 0 l -5 7 z`, class: 'wave-mark', 'data-on': j.on });
    mark.append(el('title', {}, `${j.on}: ${j.who.length} joined (${j.who.map((w) => w.name).join(', ')})`));
    svg.append(mark);
  }
  const caption = document.createElement('figcaption');
  caption.className = 'muted';
  caption.textContent = `${summary}. Marks: days on which several joined at once.`;
  box.append(svg, caption);
  return box;
}
