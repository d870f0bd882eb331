/**
 * The bar above the explorer: sign in (development: pick an identity; production: paste a token), choose the
 * processing activity, see who you are, sign out.
 */
import { useEffect, useState } from 'react';
import { devToken, readClaims, type Activity, type DevIdentity, type Session } from './session';

interface Props {
  session: Session | null;
  activities: Activity[];
  devIdentities: DevIdentity[] | null;
  onChange(session: Session | null): void;
}

function firstGranted(activities: Activity[], token: string): string {
  const granted = readClaims(token)?.activities ?? [];
  return activities.find((a) => granted.includes(a.id))?.id ?? activities[0]?.id ?? '';
}

export function SignIn({ session, activities, devIdentities, onChange }: Props) {
  const [identity, setIdentity] = useState(devIdentities?.[0]?.id ?? '');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setIdentity(devIdentities?.[0]?.id ?? ''), [devIdentities]);

  const signIn = async (token: string) => {
    if (!readClaims(token)) return setError('That is not a token (a JWT has three parts separated by dots).');
    setError(null);
    onChange({ token, activity: firstGranted(activities, token) });
  };

  if (!session) {
    return (
      <form className="signin" aria-label="Sign in" onSubmit={(event) => event.preventDefault()}>
        <strong>ketenregie explorer</strong>
        {devIdentities ? (
          <>
            <label>
              Development identity{' '}
              <select value={identity} onChange={(event) => setIdentity(event.target.value)} aria-label="Development identity">
                {devIdentities.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" onClick={() => devToken(identity).then(signIn, (e: Error) => setError(e.message))}>
              Sign in
            </button>
          </>
        ) : (
          <>
            <label>
              Token{' '}
              <input
                type="password"
                value={pasted}
                onChange={(event) => setPasted(event.target.value.trim())}
                aria-label="Token"
                placeholder="paste your staff token"
              />
            </label>
            <button type="submit" onClick={() => void signIn(pasted)}>
              Sign in
            </button>
          </>
        )}
        {error ? <span role="alert">{error}</span> : null}
      </form>
    );
  }

  const claims = readClaims(session.token);
  const granted = activities.filter((a) => claims?.activities.includes(a.id));
  const current = activities.find((a) => a.id === session.activity);
  return (
    <div className="signin" role="region" aria-label="Session">
      <strong>ketenregie explorer</strong>
      <span>
        {claims?.staff ? 'Staff' : 'Partner'} {claims?.sub} · OIN {claims?.org}
      </span>
      <label>
        Processing activity{' '}
        <select
          value={session.activity}
          onChange={(event) => onChange({ ...session, activity: event.target.value })}
          aria-label="Processing activity"
        >
          {granted.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {activity.id}: {activity.name}
            </option>
          ))}
        </select>
      </label>
      {current ? <span className="basis">Legal basis: {current.legalBasis}</span> : null}
      <button type="button" onClick={() => onChange(null)}>
        Sign out
      </button>
    </div>
  );
}
