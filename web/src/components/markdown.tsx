import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Markdown written by the analysis (narratives), rendered and sanitized: it may quote carrier-supplied text. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = DOMPurify.sanitize(marked.parse(text, { async: false, gfm: true, breaks: false }));
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
