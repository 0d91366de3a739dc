/**
 * The elements of ours over the page, holding everything Policy Lens draws
 * there: one for highlight boxes, one for the hover label and the Highlight
 * button (controls must not blend with the page the way highlight tints do).
 * Their content lives in closed shadow roots with their own <style> elements
 * (not adopted constructed sheets: Firefox does not take a content script's
 * CSSStyleSheet into a page's shadow root), so
 * page scripts cannot enumerate what is drawn, read its colours or restyle
 * it, and a page's MutationObserver never sees it change: the host elements
 * are created together, once, and their attributes never change afterwards.
 *
 * Each host is a 0×0 box (its content overflows it), so it covers nothing of
 * the page but what is drawn; a manual popover puts it in the top layer,
 * above anything the page stacks with z-index. `:host` rules marked
 * !important win over any page rule or inline style on the host.
 */

export const OVERLAY_ELEMENT = 'policy-lens-overlay';

const HOST_STYLE =
  ':host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;' +
  'width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;' +
  'background:none!important;opacity:1!important;visibility:visible!important;transform:none!important;filter:none!important;' +
  'clip-path:none!important;mask:none!important;z-index:2147483647!important;pointer-events:none!important;contain:layout style!important}' +
  '[hidden]{display:none!important}';

/** Highlight boxes tint the text under them like a marker pen instead of veiling it. */
const DRAWING_STYLE = ':host{mix-blend-mode:multiply!important}.box{position:absolute;pointer-events:none}';

export interface Overlay {
  /** Where highlight boxes go (replaced wholesale on each paint). */
  boxes: HTMLElement;
  /** Where the label and the button go. */
  controls: ShadowRoot;
}

interface Host {
  element: HTMLElement;
  root: ShadowRoot;
}

let overlay: Overlay | null = null;
let hosts: Host[] = [];
/** The drawing layers' colours, kept here so the overlay can be created (or re-created) with them at any time. */
let colourCss = '';
let colourStyle: HTMLStyleElement | null = null;
const controlCss: string[] = [];

/** The overlay, created on first use and put back if the page removed it. */
export function ensureOverlay(): Overlay {
  if (!overlay) {
    const drawing = createHost(DRAWING_STYLE);
    const controls = createHost(controlCss.join(''));
    colourStyle = styleElement(colourCss);
    const boxes = document.createElement('div');
    drawing.root.append(colourStyle, boxes);
    hosts = [drawing, controls];
    overlay = { boxes, controls: controls.root };
  }
  for (const host of hosts) {
    if (host.element.isConnected) continue;
    document.documentElement.append(host.element);
    raise(host.element);
  }
  return overlay;
}

function createHost(css: string): Host {
  const element = document.createElement(OVERLAY_ELEMENT);
  const root = element.attachShadow({ mode: 'closed' });
  root.append(styleElement(HOST_STYLE + css));
  element.popover = 'manual';
  return { element, root };
}

function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** Bring the controls above whatever the page put in the top layer since (or back, if the page closed them). */
export function raiseControls(): void {
  const controls = hosts[1];
  if (controls) raise(controls.element);
}

function raise(element: HTMLElement): void {
  if (!element.isConnected || typeof element.showPopover !== 'function') return;
  try {
    if (element.matches(':popover-open')) element.hidePopover();
    element.showPopover();
  } catch {
    // A page can make showing fail (e.g. an open modal dialog of its own): the z-index still applies.
  }
}

/** Styles for one of the controls (the label, the button), added once at start-up. */
export function addControlStyles(css: string): void {
  controlCss.push(css);
  overlay?.controls.append(styleElement(css));
}

/** Styles for the boxes of the drawing layers; the overlay is not created for them (most pages never show a highlight). */
export function setDrawingStyles(css: string): void {
  colourCss = css;
  if (colourStyle) colourStyle.textContent = css;
}

/** Whether an event's target (as a listener outside the shadow roots sees it) is the overlay, i.e. one of its controls. */
export function isOverlay(target: EventTarget | null): boolean {
  return hosts.some((host) => host.element === target);
}

export function removeOverlay(): void {
  for (const host of hosts) host.element.remove();
}
