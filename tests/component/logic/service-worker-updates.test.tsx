import { describe, expect, it, vi } from 'vitest';
import {
  isOutdatedOfflineCache,
  OFFLINE_CACHES,
} from '../../../src/client/lib/service-worker/offline-caches';
import { createServiceWorkerUpdates } from '../../../src/client/lib/service-worker/service-worker-updates';
import { BUNDLE_VERSION } from '../../../src/domain/bundle/bundle';
import { fakeWorker } from '../support/offline';

function updatesOver(worker: ReturnType<typeof fakeWorker>) {
  const reload = vi.fn();
  const onFirstControl = vi.fn();
  const updates = createServiceWorkerUpdates(worker.lifecycle, { reload, onFirstControl });
  return { updates, reload, onFirstControl };
}

describe('updates of the site through its service worker', () => {
  it('are not ready until a new build waits, and then tell their subscribers', () => {
    const worker = fakeWorker();
    const { updates } = updatesOver(worker);
    const listener = vi.fn();
    updates.subscribe(listener);
    expect(updates.getSnapshot()).toEqual({ ready: false, applying: false });

    worker.newBuildWaits();
    expect(updates.getSnapshot()).toEqual({ ready: true, applying: false });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('do nothing when applied with no new build waiting', () => {
    const worker = fakeWorker();
    const { updates } = updatesOver(worker);
    updates.apply();
    expect(worker.skipWaiting).not.toHaveBeenCalled();
    expect(updates.getSnapshot().applying).toBe(false);
  });

  it('let the waiting build take over when applied, and reload once it controls the page', () => {
    const worker = fakeWorker();
    const { updates, reload } = updatesOver(worker);
    worker.newBuildWaits();

    updates.apply();
    updates.apply();
    expect(worker.skipWaiting).toHaveBeenCalledOnce();
    expect(updates.getSnapshot()).toEqual({ ready: true, applying: true });
    expect(reload).not.toHaveBeenCalled();

    worker.takesControl();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reload a page of the old build when another tab applied the update', () => {
    const worker = fakeWorker({ initiallyControlled: true });
    const { reload } = updatesOver(worker);
    worker.newBuildWaits();
    worker.takesControl();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('do not reload a first visit when its worker takes control, but cache what it read', () => {
    const worker = fakeWorker({ initiallyControlled: false });
    const { reload, onFirstControl } = updatesOver(worker);
    worker.takesControl();
    expect(onFirstControl).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();

    // From then on the page runs under a worker, and a later one replaces its build.
    worker.takesControl();
    expect(reload).toHaveBeenCalledOnce();
    expect(onFirstControl).toHaveBeenCalledOnce();
  });
});

describe('the caches of bundle data', () => {
  it('are named for the bundle version, and those of another version are outdated', () => {
    expect(
      Object.values(OFFLINE_CACHES).every((name) => name.endsWith(`-v${BUNDLE_VERSION}`)),
    ).toBe(true);
    expect(Object.values(OFFLINE_CACHES).some(isOutdatedOfflineCache)).toBe(false);
    expect(isOutdatedOfflineCache(`edu-news-reader-items-v${BUNDLE_VERSION + 1}`)).toBe(true);
    // Workbox's precache is the service worker's own business.
    expect(isOutdatedOfflineCache('workbox-precache-v2-http://127.0.0.1/')).toBe(false);
  });
});
