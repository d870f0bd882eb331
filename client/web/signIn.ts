/**
 * Sign-in for the reference front end: in development a demo identity is picked (the gateway's development
 * sign-in, which production does not have); otherwise the user pastes a token from the organisation's issuer.
 * The token's claims say which organisation the user acts for and whether they are the intermediary's staff.
 */
export interface SignedIn {
  token: string;
  org: string;
  staff: boolean;
}

interface DevIdentity {
  id: string;
  label: string;
  staff: boolean;
}

function claimsOf(token: string): { org: string; staff: boolean } {
  try {
    const claims = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as {
      org?: unknown;
      staff?: unknown;
    };
    return { org: typeof claims.org === 'string' ? claims.org : '', staff: claims.staff === true };
  } catch {
    return { org: '', staff: false };
  }
}

async function devIdentities(): Promise<DevIdentity[] | null> {
  const response = await fetch('/explorer/dev/identities').catch(() => null);
  return response?.ok ? ((await response.json()) as DevIdentity[]) : null;
}

async function devToken(identity: string): Promise<string> {
  const response = await fetch('/explorer/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity }),
  });
  return ((await response.json()) as { token?: string }).token ?? '';
}

export function signInForm(form: HTMLFormElement, onChange: (user: SignedIn | null) => void): void {
  void devIdentities().then((identities) => {
    const field = identities
      ? document.createElement('select')
      : Object.assign(document.createElement('input'), { type: 'password', placeholder: 'plak uw token' });
    field.setAttribute('aria-label', identities ? 'Identiteit' : 'Token');
    if (field instanceof HTMLSelectElement) for (const identity of identities ?? []) field.append(new Option(identity.label, identity.id));
    const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Inloggen' });
    form.append(field, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        const token = identities ? await devToken(field.value) : field.value.trim();
        onChange(token ? { token, ...claimsOf(token) } : null);
      })();
    });
  });
}
