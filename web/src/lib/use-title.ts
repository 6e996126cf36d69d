import { useEffect } from 'preact/hooks';

/** Name the browser tab after the page (screen readers announce it on navigation, too). */
export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · dossier` : 'dossier';
  }, [title]);
}
