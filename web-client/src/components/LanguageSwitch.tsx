import { useI18n } from '@/i18n/I18n';

/** Vietnamese ⇄ English, in the top bar and on the sign-in page. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button
      type="button"
      className="button button--ghost lang-switch"
      lang={lang === 'vi' ? 'en' : 'vi'}
      title={t('app.languageLabel')}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
    >
      {t('app.language')}
    </button>
  );
}
