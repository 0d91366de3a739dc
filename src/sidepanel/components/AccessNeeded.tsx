import { t } from '../../shared/i18n.ts';
import { requestPageAccess } from '../state/page-access.ts';

/** The browser does not let Policy Lens read pages: say why it needs to, and ask at a click. */
export function AccessNeeded() {
  return (
    <div class="access-needed" role="alert">
      <p>{t('accessNeeded')}</p>
      <button type="button" class="action" onClick={() => void requestPageAccess()}>
        {t('allowAccess')}
      </button>
    </div>
  );
}
