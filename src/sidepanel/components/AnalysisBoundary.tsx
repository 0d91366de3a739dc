import { Component } from 'preact';
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n.ts';

interface Props {
  children: ComponentChildren;
  /** Shown instead of the children once they failed (nothing by default: the panel says once that the analysis failed). */
  fallback?: ComponentChildren;
  /** Told once when the analysis could not be shown, so the rest of the panel stops relying on it. */
  onFailure?: (error: unknown) => void;
}

/**
 * Catches what goes wrong while showing the analysis (bad data from the
 * engine, a bug in a view) so that only this part of the panel is lost: the
 * reader's notes and highlights, rendered outside it, stay. Give it a `key`
 * per page so a new page gets a fresh try.
 */
export class AnalysisBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Policy Lens: the analysis could not be shown', error);
    this.props.onFailure?.(error);
  }

  override render() {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}

export function AnalysisFailed() {
  return (
    <p class="analysis-failed" role="alert">
      {t('analysisFailed')}
    </p>
  );
}
