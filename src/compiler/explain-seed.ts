import type { ItemAnalysis } from '../domain/tagging/tag-item.ts';
import type { ExplainedSeed } from './parse/parse-seed.ts';

const clip = (text: string, length: number) =>
  Array.from(text).length > length
    ? `${Array.from(text)
        .slice(0, length - 1)
        .join('')}…`
    : text;

/**
 * What the compiler decided for one seed, line by line, for `npm run compile -- --explain FILE`:
 * what each line became and why, the headline candidates with their scores, the dates seen, and
 * the article that results. For a person working out why a new site's pages come out wrong.
 */
export function formatExplanation(
  file: string,
  explained: ExplainedSeed,
  analysis: ItemAnalysis | null,
): string {
  const { seed } = explained;
  const out: string[] = [file, '', 'line  what became of it'];
  const verdicts = new Map<number, { text: string; verdict: string }>();
  // A line may be judged twice (a text line, then the body): the last word is the one that held.
  for (const v of explained.lines) verdicts.set(v.line, v);
  for (const [line, v] of [...verdicts].sort(([a], [b]) => a - b)) {
    out.push(`${String(line).padStart(4)}  ${v.verdict.padEnd(30)} ${clip(v.text, 40)}`);
  }
  out.push('', 'headline candidates (score: reasons)');
  if (explained.candidates.length === 0) out.push('  none');
  for (const c of explained.candidates) {
    out.push(`  ${c.score.toFixed(1).padStart(5)}  ${clip(c.text, 40)}`);
    out.push(`         ${c.reasons.join('; ')}`);
  }
  out.push('', 'dates seen (the first is the publication date)');
  if (explained.dates.length === 0) out.push('  none');
  for (const d of explained.dates) out.push(`  ${d.date}  line ${d.line}, ${d.from}`);
  out.push('', 'result');
  if (seed.notArticle) out.push(`  not an article: ${seed.notArticle}`);
  else if (seed.title) {
    out.push(
      `  headline   ${seed.title.text}${seed.titleDerived ? '  (derived from the lead)' : ''}`,
    );
    if (seed.subtitle) out.push(`  subtitle   ${seed.subtitle}`);
    out.push(`  published  ${seed.publishedAt ?? 'unknown'}`);
    out.push(`  source     ${seed.source?.url ?? 'none'}`);
    out.push(`  paragraphs ${seed.paragraphs.length}`);
    const places = analysis?.regions.map((r) => r.chain.map((c) => c.name).join(' › ')) ?? [];
    out.push(`  places     ${places.join('; ') || 'none'}`);
    out.push(`  topics     ${analysis?.topics.map((t) => t.name).join(' ') || 'none'}`);
  } else out.push('  no article');
  for (const p of seed.problems) out.push(`  ${p.severity} (line ${p.line}): ${p.message}`);
  return out.join('\n');
}
