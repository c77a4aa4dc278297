import type { Article } from '../../../../domain/bundle/bundle';
import { splitSentences } from '../../../../domain/text/sentences';

/** One utterance: its text and where it is on the page (`paragraph: -1` is the title). */
export interface ScriptSentence {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What is read of an article: the title, then every sentence of the text, in order. */
export function listenScript(article: Pick<Article, 'title' | 'paragraphs'>): ScriptSentence[] {
  const script: ScriptSentence[] = [];
  const add = (text: string, paragraph: number) => {
    for (const span of splitSentences(text)) script.push({ ...span, paragraph });
  };
  add(article.title, -1);
  article.paragraphs.forEach((text, paragraph) => add(text, paragraph));
  return script;
}
