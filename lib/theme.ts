// Runs inline in <head> before first paint, so a dark-mode reader never sees a white flash.
// A stored choice wins; otherwise the system setting does.
export const THEME_STORAGE_KEY = 'kb-theme';

export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t?t==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light';}catch(_){}})();`;
