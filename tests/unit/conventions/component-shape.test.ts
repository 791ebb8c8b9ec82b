import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sources';

const COMPONENTS = join(ROOT, 'components');
const FILES = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(COMPONENTS, f));

/**
 * A component does one job: a function longer than this is several (house style: a UI feature is
 * about 50 lines). The cap sits above the longest component today (ShortlistTab, 126 lines) with room
 * for a fix or two, not at it: a cap equal to the longest function was a measurement, not a rule.
 */
const MAX_FUNCTION_LINES = 140;

/** Every named function in a file (declarations, and arrow or function expressions given to a name) with its length in lines. */
function functionLengths(file: string): Array<{ name: string; lines: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ name: string; lines: number }> = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node) => {
    let name: string | null = null;
    if (ts.isFunctionDeclaration(node) && node.name && node.body) name = node.name.text;
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    )
      name = node.name.text;
    if (name) found.push({ name: `${relative(ROOT, file)} ${name}`, lines: lineOf(node.getEnd()) - lineOf(node.getStart()) + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('finds the functions it measures', () => {
    const all = FILES.flatMap(functionLengths);
    expect(all.map((f) => f.name)).toContain('components/sidepanel/campaign/CampaignEditor.tsx CampaignEditor');
    expect(all.find((f) => f.name.endsWith(' ShortlistTab'))!.lines).toBeGreaterThan(20);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = FILES.flatMap(functionLengths).filter((f) => f.lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });

  it('reads a select only through EnumSelect, which checks the value against what it offered', () => {
    const casts = FILES.filter((f) => /as HTMLSelectElement/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(casts).toEqual([]);
    const selects = FILES.filter((f) => !f.endsWith('EnumSelect.tsx') && /<select\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(selects).toEqual([]);
  });
});
