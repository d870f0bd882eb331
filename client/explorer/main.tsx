/**
 * The staff explorer: GraphiQL, bundled at build time (scripts/build-web.ts) and served by the gateway at
 * /explorer, so nothing loads from elsewhere. Every request carries the signed-in token and the chosen activity.
 */
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples';
import { currentOperationName } from './operationName';
import { SignIn } from './SignIn';
import { fetchActivities, fetchDevIdentities, loadSession, saveSession, type Activity, type DevIdentity, type Session } from './session';
import './explorer.css';

type Fetcher = GraphiQLProps['fetcher'];

function fetcherFor(session: Session): Fetcher {
  return async (params, options) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...options?.headers,
        authorization: `Bearer ${session.token}`,
        'x-processing-activity': session.activity,
      },
      body: JSON.stringify({ ...params, operationName: currentOperationName(params.query, params.operationName) }),
    });
    return response.json();
  };
}

function Explorer() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [devIdentities, setDevIdentities] = useState<DevIdentity[] | null>(null);
  useEffect(() => {
    void fetchActivities().then(setActivities);
    void fetchDevIdentities().then(setDevIdentities);
  }, []);
  const change = (next: Session | null) => {
    saveSession(next);
    setSession(next);
  };
  const fetcher = useMemo(() => (session ? fetcherFor(session) : null), [session]);
  return (
    <div className="explorer">
      <SignIn session={session} activities={activities} devIdentities={devIdentities} onChange={change} />
      {fetcher ? (
        <div className="graphiql-host">
          <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility="variables" isHeadersEditorEnabled={false} />
        </div>
      ) : (
        <p className="hint">
          Sign in to explore the chain's graph. The documentation pane shows, per field, who may receive it, for which activities and on
          which legal basis.
        </p>
      )}
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Explorer />
    </StrictMode>,
  );
}
