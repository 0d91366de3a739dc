/**
 * An element of ours floating over the page (a label, a button). Its content
 * lives in a closed shadow root, so page styles cannot restyle it and page
 * scripts cannot read or click into it; its styles are a constructed sheet,
 * which a page's CSP cannot block as it could a <style> element.
 */
export function createShadowHost(tag: `policy-lens-${string}`, hostStyle: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.style.cssText = `position:fixed;z-index:2147483647;${hostStyle}`;
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{all:initial}${css}`);
  root.adoptedStyleSheets = [sheet];
  return { host, root };
}
