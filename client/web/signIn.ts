/**
 * Sign-in for the reference front end: in development a demo identity is picked (the gateway's development
 * sign-in, which production does not have); otherwise the user pastes a token from the organisation's issuer.
 */
export interface SignedIn {
  token: string;
  org: string;
}

interface DevIdentity {
  id: string;
  label: string;
  staff: boolean;
}

function orgOf(token: string): string {
  try {
    const claims = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as { org?: unknown };
    return typeof claims.org === 'string' ? claims.org : '';
  } catch {
    return '';
  }
}

async function devIdentities(): Promise<DevIdentity[] | null> {
  const response = await fetch('/explorer/dev/identities').catch(() => null);
  return response?.ok ? ((await response.json()) as DevIdentity[]) : null;
}

export function signInForm(form: HTMLFormElement, onChange: (user: SignedIn | null) => void): void {
  void devIdentities().then((identities) => {
    const partners = identities?.filter((identity) => !identity.staff) ?? null;
    const field = partners ? document.createElement('select') : Object.assign(document.createElement('input'), { type: 'password', placeholder: 'paste your token' });
    field.setAttribute('aria-label', partners ? 'Identity' : 'Token');
    if (field instanceof HTMLSelectElement) for (const identity of partners ?? []) field.append(new Option(identity.label, identity.id));
    const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Sign in' });
    form.append(field, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        let token = field.value.trim();
        if (partners) {
          const response = await fetch('/explorer/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identity: token }) });
          token = ((await response.json()) as { token?: string }).token ?? '';
        }
        onChange(token ? { token, org: orgOf(token) } : null);
      })();
    });
  });
}
