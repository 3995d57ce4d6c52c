/**
 * Reads the real imports of src/ and web/src/ with dependency-cruiser (static, multi-line, `import()`,
 * `export ... from`, `import type`, `process.getBuiltinModule`) and checks them against the house's layer table.
 * The table is ours (house-rules.ts); resolving modules and classifying imports is the tool's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { IO_BUILTINS, IO_PACKAGES, type KnownException, type Layer, SRC_MAY_REACH } from './house-rules.js';

/** `import type` and `import("x").T` in a type position: names only, gone at run time. */
const TYPE_ONLY = ['type-only', 'type-import'] as const;

export interface LayerCheck {
  /** The project root: the folder holding src/ (and web/src/, tsconfig.json). */
  readonly root: string;
  readonly layers: Readonly<Record<string, Layer>>;
  readonly exceptions: readonly KnownException[];
}

export interface LayerReport {
  /** One line per violation, `file:line: what`, in file order. */
  readonly problems: readonly string[];
  /** Known exceptions that no longer occur (delete them from the list). */
  readonly stale: readonly KnownException[];
  /** How many known exceptions still occur. */
  readonly excepted: number;
  readonly modules: number;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function targetPattern(layers: Readonly<Record<string, Layer>>, name: string): string {
  if (name.endsWith('.ts')) return `^${escapeRegex(name)}$`;
  const layer = layers[name];
  if (!layer) throw new Error(`house-rules: unknown layer "${name}" (expected one of ${Object.keys(layers).join(', ')})`);
  return layer.path;
}

/** The table as dependency-cruiser rules; a rule's name says which layer and which kind of import broke it. */
function houseRules(layers: Readonly<Record<string, Layer>>): IForbiddenRuleType[] {
  const everyLayer = ['^src/', '^web/src/'];
  const rules: IForbiddenRuleType[] = [];
  for (const [name, layer] of Object.entries(layers)) {
    const values = [layer.path, ...layer.imports.map((n) => targetPattern(layers, n))];
    rules.push({
      name: `${name}-imports`,
      severity: 'error',
      comment: layer.why,
      from: { path: layer.path },
      to: { path: everyLayer, pathNot: values, dependencyTypesNot: [...TYPE_ONLY] },
    });
    rules.push({
      name: `${name}-types`,
      severity: 'error',
      comment: layer.why,
      from: { path: layer.path },
      to: { path: everyLayer, pathNot: [...values, ...(layer.types ?? []).map((n) => targetPattern(layers, n))], dependencyTypes: [...TYPE_ONLY] },
    });
    if (layer.pure) {
      rules.push({
        name: `${name}-pure`,
        severity: 'error',
        comment: `${name} is pure logic: no disk, network, process or database module`,
        from: { path: layer.path },
        to: { path: [`^(${IO_BUILTINS.map(escapeRegex).join('|')})$`, `^node_modules/(${IO_PACKAGES.join('|')})/`], dependencyTypesNot: [...TYPE_ONLY] },
      });
    }
  }
  rules.push(
    {
      name: 'src-stays-home',
      severity: 'error',
      comment: 'src imports src, packages and the committed data (data/, rules/*.json); never test/, scripts/ or ../shared',
      from: { path: '^src/' },
      to: { pathNot: SRC_MAY_REACH, dependencyTypesNot: ['core'], couldNotResolve: false },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'an import the checker cannot resolve is an import it cannot check',
      from: { path: everyLayer },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-value-cycle',
      severity: 'error',
      comment: 'modules that import each other at run time load in an order that matters (type-only cycles are harmless)',
      from: { path: everyLayer },
      to: { circular: true, viaOnly: { dependencyTypesNot: [...TYPE_ONLY] } },
    },
  );
  return rules;
}

async function cruiseTree(root: string, layers: Readonly<Record<string, Layer>>): Promise<ICruiseResult> {
  const previous = process.cwd();
  // dependency-cruiser names modules relative to the working directory, which the rules' paths assume.
  process.chdir(root);
  try {
    const tsConfig = join(root, 'tsconfig.json');
    const result = await cruise(
      ['src', 'web/src'].filter((d) => existsSync(join(root, d))),
      {
        ruleSet: { forbidden: houseRules(layers) },
        validate: true,
        tsPreCompilationDeps: true,
        detectProcessBuiltinModuleCalls: true,
        // node_modules may be a link (a git worktree shares the main checkout's): keep its path, not the target's.
        preserveSymlinks: true,
        doNotFollow: { path: 'node_modules' },
        tsConfig: { fileName: tsConfig },
        outputType: 'json',
      },
      {},
      { tsConfig: extractTSConfig(tsConfig) },
    );
    return (typeof result.output === 'string' ? JSON.parse(result.output) : result.output) as ICruiseResult;
  } finally {
    process.chdir(previous);
  }
}

/**
 * The line of `file` that names `specifier` (for a multi-line import, the line of its `from '...'`), else 1.
 * A module imported both ways (`import type` and a value import) gets the line of the kind that broke the rule.
 */
function lineOf(root: string, file: string, specifier: string, typeOnly: boolean): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const quoted = [specifier, `node:${specifier}`].flatMap((m) => [`'${m}'`, `"${m}"`, `\`${m}\``]);
  const names = (l: string): boolean => quoted.some((q) => l.includes(q));
  const typeLine = (l: string): boolean => /^\s*(import|export)\s+type\b/.test(l);
  const at = lines.findIndex((l) => names(l) && typeLine(l) === typeOnly);
  return (at >= 0 ? at : lines.findIndex(names)) + 1 || 1;
}

function describe(v: IViolation, layers: Readonly<Record<string, Layer>>): string {
  const rule = v.rule.name;
  const name = rule.replace(/-(imports|types|pure)$/, '');
  const layer = layers[name];
  const how = v.dependencyTypes?.includes('dynamic-import') ? ' with import()' : v.dependencyTypes?.includes('export') ? ' (a re-export)' : '';
  if (rule.endsWith('-types')) return `${name} may not import types from ${v.to}: ${layer?.why}`;
  if (rule.endsWith('-imports')) return `${name} may not import ${v.to}${how}${layer?.types ? ' (only its types, with import type)' : ''}: ${layer?.why}`;
  if (rule.endsWith('-pure')) return `${name} is pure but imports ${v.to}${how}, an I/O module: ${layer?.why}`;
  if (rule === 'resolvable') return `imports ${v.to}, which does not resolve: an import the check cannot resolve is one it cannot check`;
  if (rule === 'no-value-cycle') return `imports ${v.to}, closing a cycle of run-time imports: ${(v.cycle ?? []).map((c) => c.name).join(' -> ')}`;
  return `imports ${v.to}${how}: ${v.rule.name}`;
}

export async function checkLayers({ root, layers, exceptions }: LayerCheck): Promise<LayerReport> {
  const result = await cruiseTree(root, layers);
  const problems: { file: string; line: number; text: string }[] = [];
  const seen = new Set<KnownException>();
  const specifiers = new Map<string, string>();
  for (const m of result.modules) for (const d of m.dependencies) specifiers.set(`${m.source}\0${d.resolved}`, d.module);

  for (const m of result.modules) {
    if (!/^(src|web\/src)\//.test(m.source) || m.coreModule || m.couldNotResolve) continue;
    const homes = Object.entries(layers).filter(([, l]) => new RegExp(l.path).test(m.source));
    if (homes.length !== 1) {
      const what = homes.length === 0 ? 'belongs to no layer' : `belongs to several layers (${homes.map(([n]) => n).join(', ')})`;
      problems.push({ file: m.source, line: 1, text: `${what}: put it in a layer's folder or name it in scripts/layers/house-rules.ts` });
    }
  }
  for (const v of result.summary.violations) {
    const known = exceptions.find((e) => e.from === v.from && e.to === v.to);
    if (known) {
      seen.add(known);
      continue;
    }
    const specifier = specifiers.get(`${v.from}\0${v.to}`) ?? v.to;
    const typeOnly = (v.dependencyTypes ?? []).some((t) => (TYPE_ONLY as readonly string[]).includes(t));
    problems.push({ file: v.from, line: lineOf(root, v.from, specifier, typeOnly), text: describe(v, layers) });
  }
  // What no import shows: a path into ../shared built at run time (comments may name it).
  for (const m of result.modules) {
    if (!m.source.startsWith('src/') || m.coreModule || m.couldNotResolve || !m.source.endsWith('.ts')) continue;
    readFileSync(join(root, m.source), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (!/^\s*(\/\/|\/?\*)/.test(text) && /\.\.\/shared\b|\/work\/shared\b/.test(text))
          problems.push({ file: m.source, line: i + 1, text: 'src reads ../shared, which users do not have' });
      });
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    problems: problems.map((p) => `${p.file}:${p.line}: ${p.text}`),
    stale: exceptions.filter((e) => !seen.has(e)),
    excepted: seen.size,
    modules: result.modules.filter((m) => /^(src|web\/src)\//.test(m.source)).length,
  };
}
