// A real OpenID Connect provider for the app's log-in test (tests/ui/test_oidc.py): the npm
// package oidc-provider (the certified implementation) on the loopback address, with one
// static client (the app) and four fictitious users. Test use only: development keys,
// in-memory storage, and oidc-provider's own development log-in form (type the account id,
// any password).
//
//   node provider.mjs PORT REDIRECT_URI
//
// or with OIDC_PORT and OIDC_REDIRECT_URI in the environment. The client is OIDC_CLIENT_ID
// (default "respite") with the secret OIDC_CLIENT_SECRET (default "test-only-secret").
// Prints "listening on <issuer>" when ready.

import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_PORT);
const redirectUri = process.argv[3] ?? process.env.OIDC_REDIRECT_URI;
if (!Number.isInteger(port) || port <= 0 || !redirectUri) {
  console.error('usage: node provider.mjs PORT REDIRECT_URI (or OIDC_PORT, OIDC_REDIRECT_URI)');
  process.exit(2);
}
const clientId = process.env.OIDC_CLIENT_ID ?? 'respite';
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? 'test-only-secret';
const issuer = `http://127.0.0.1:${port}`;

// The users: the claims the app maps to roles are `email` (who is written to the audit log)
// and `groups` (see [roles] in .streamlit/secrets.example.toml). All fictitious.
const ACCOUNTS = {
  planlaegger: {
    name: 'Pia Planlægger',
    email: 'pia.planlaegger@kommune.invalid',
    groups: ['visitationen', 'alle-medarbejdere'],
  },
  'leder-syd': {
    name: 'Lars Leder',
    email: 'lars.leder@kommune.invalid',
    groups: ['leder-testcenter-syd', 'alle-medarbejdere'],
  },
  'uden-rolle': {
    name: 'Ulla Udenrolle',
    email: 'ulla.udenrolle@kommune.invalid',
    groups: ['alle-medarbejdere'],
  },
  'ukendt-center': {
    name: 'Uffe Ukendt',
    email: 'uffe.ukendt@kommune.invalid',
    groups: ['leder-testcenter-ukendt', 'alle-medarbejdere'],
  },
};

const SCOPE = 'openid email profile';

const page = (title, body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main>${body}</main></body></html>`;

const configuration = {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      // Streamlit sends the user back to its /oauth2callback after the provider's log-out.
      post_logout_redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    },
  ],
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email_verified: true, ...account };
      },
    };
  },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    // Like Entra ID's group claim, the groups come with the profile.
    profile: ['name', 'groups'],
  },
  // Put the scopes' claims into the ID token (Streamlit reads the user from it, not from
  // the userinfo endpoint).
  conformIdTokenClaims: false,
  // The app is the municipality's own (first-party) client: consent is granted by the
  // administrator, never asked of the user.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope(SCOPE);
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('Log out', `<h1>Sign out?</h1>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
      },
    },
  },
  async renderError(ctx, out) {
    console.error('provider error page:', JSON.stringify(out));
    ctx.type = 'html';
    ctx.body = page('Error', `<h1>oidc-provider error</h1><pre>${JSON.stringify(out)
      .replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`);
  },
};

const provider = new Provider(issuer, configuration);

// Streamlit asks for prompt=select_account (as Entra ID and Google offer); this provider's
// development form always asks which account, so it treats that as prompt=login.
provider.use(async (ctx, next) => {
  if (ctx.path === '/auth' && ctx.query.prompt === 'select_account') {
    ctx.query = { ...ctx.query, prompt: 'login' };
  }
  await next();
});

provider.on('server_error', (_ctx, error) => console.error('provider server_error:', error));
provider.on('grant.error', (_ctx, error) => console.error('provider grant.error:', error));

const server = provider.listen(port, '127.0.0.1', () => {
  console.log(`listening on ${issuer}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
