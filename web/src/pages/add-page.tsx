import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PostArticleResponse } from '../../../src/server/contract.js';
import { ErrorBox } from '../components/status.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';

type Format = 'auto' | 'text' | 'html';

/** Whether pasted or uploaded content is an HTML page (by file name, else by its first tag). */
export function looksLikeHtml(content: string, fileName: string | null): boolean {
  if (fileName && /\.(x?html?)$/i.test(fileName)) return true;
  if (fileName && /\.txt$/i.test(fileName)) return false;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content);
}

/**
 * A file's text: UTF-8 (a BOM dropped), else Windows-1252, as `dossier read` decodes files; the
 * API takes text, so the bytes are decoded here.
 */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Paste or upload an article: the server reads, extracts and reconciles it at once, and the page
 * then links to the article and its story.
 */
export function AddPage(): JSX.Element {
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [published, setPublished] = useState('');
  const [format, setFormat] = useState<Format>('auto');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PostArticleResponse | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useTitle('Add an article');

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setContent(decodeFile(new Uint8Array(await file.arrayBuffer())));
    setFileName(file.name);
    if (!name) setName(file.name.replace(/\.[^.]+$/, ''));
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    const html = format === 'html' || (format === 'auto' && looksLikeHtml(content, fileName));
    try {
      setResult(await api.addArticle({ ...(html ? { html: content } : { text: content }), ...(name.trim() ? { name: name.trim() } : {}), ...(published ? { published } : {}) }));
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header class="page-head">
        <h1>Add an article</h1>
        <p class="muted">Paste an article's text or a saved web page, or choose a file. It is read, its facts extracted and compared with the store's at once.</p>
      </header>
      <form class="add-form" onSubmit={onSubmit}>
        <label for="add-file">File (.txt or .html)</label>
        <input id="add-file" type="file" accept=".txt,.html,.htm,.xhtml,text/plain,text/html" onChange={onFile} />
        <label for="add-text">Text or HTML</label>
        <textarea id="add-text" rows={14} value={content} onInput={(e) => (setContent(e.currentTarget.value), setFileName(null))} required />
        <div class="row">
          <div>
            <label for="add-format">Read as</label>
            <select id="add-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
              <option value="auto">detect</option>
              <option value="text">plain text</option>
              <option value="html">HTML page</option>
            </select>
          </div>
          <div>
            <label for="add-name">Name (optional)</label>
            <input id="add-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. summit-report" />
          </div>
          <div>
            <label for="add-published">Published (optional)</label>
            <input id="add-published" type="date" value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
          </div>
        </div>
        <button type="submit" disabled={busy || content.trim() === ''}>
          {busy ? 'Adding…' : 'Add article'}
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {result && (
        <section class="result" role="status" aria-labelledby="result-h">
          <h2 id="result-h">{result.status === 'new' ? 'Added' : 'Already in the store'}</h2>
          <p>
            Article <a href={href.article(result.id)}>{result.id}</a>
            {result.story ? (
              <>
                {' '}
                in story <a href={href.story(result.story)}>{result.story}</a>
              </>
            ) : (
              ' (in no story)'
            )}
            .
          </p>
          {result.contradictions.length > 0 && (
            <>
              <p>Its story now has {result.contradictions.length} contradicting fact(s):</p>
              <ul>
                {result.contradictions.map((c) => (
                  <li key={c} class="mono">
                    {c}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
