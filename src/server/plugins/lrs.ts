/** The LRS forwarder, running for the app's lifetime: `app.lrs.kick()` after queueing statements. */
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_FORWARDER, LrsForwarder, type ForwarderOptions } from '../lrs/forwarder.ts';

declare module 'fastify' {
  interface FastifyInstance {
    lrs: LrsForwarder;
  }
}

async function lrs(app: FastifyInstance, options: { forwarder?: Partial<ForwarderOptions> }) {
  const forwarder = new LrsForwarder(app.db, { ...DEFAULT_FORWARDER, ...options.forwarder }, app.log);
  app.decorate('lrs', forwarder);
  // Rows left by an earlier process (pending, or leased when it stopped) go out after start-up.
  app.addHook('onReady', async () => forwarder.kick());
  app.addHook('onClose', async () => forwarder.stop());
}

export default fp(lrs, { name: 'lrs', dependencies: ['database'] });
