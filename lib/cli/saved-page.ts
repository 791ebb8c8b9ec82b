import { Window } from 'happy-dom';

/**
 * Node-only: a saved page parsed the way a content script sees it, and never run: no scripts,
 * styles, frames or navigation are loaded. Close it to free its window.
 */
export function openSavedPage(html: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
