/** The demo's Thai/English toggle: sets <html lang> (every Khanaen element follows it) and remembers it. */
export function setupLangToggle(button: HTMLButtonElement | null): void {
  const apply = (lang: 'th' | 'en') => {
    document.documentElement.lang = lang;
    if (button) {
      button.textContent = lang === 'th' ? 'English' : 'ภาษาไทย';
      button.lang = lang === 'th' ? 'en' : 'th';
    }
    try {
      localStorage.setItem('demo.lang', lang);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  };
  let saved: string | null = null;
  try {
    saved = localStorage.getItem('demo.lang');
  } catch {
    saved = null;
  }
  apply(saved === 'en' ? 'en' : 'th');
  button?.addEventListener('click', () => apply(document.documentElement.lang === 'th' ? 'en' : 'th'));
}
