import { describe, expect, it, vi } from 'vitest'
import { invokeChannels } from '../../shared/ipc/channels'
import { checkSender, isAppUrl } from '../security/sender'
import { type InvokeEventLike, dispatch } from './handle'
import { APP_URL, appEvent } from './test-harness'

const DEV = 'http://localhost:5173/'
const channel = invokeChannels.markDirty

const forged: [string, InvokeEventLike, string | null, RegExp][] = [
  ['an iframe of the app', appEvent(1, APP_URL, { url: APP_URL }), null, /not a main frame/],
  ['another origin', appEvent(1, 'https://evil.example/'), null, /not the app/],
  ['a look-alike host', appEvent(1, 'app://netdraft.evil/index.html'), null, /not the app/],
  ['another custom scheme', appEvent(1, 'netdraft://netdraft/index.html'), null, /not the app/],
  ['a local file', appEvent(1, 'file:///tmp/x.html'), null, /not the app/],
  ['about:blank', appEvent(1, 'about:blank'), null, /not the app/],
  ['a garbage URL', appEvent(1, '::::'), null, /not the app/],
  ['a frame that is gone', { sender: { id: 1 }, senderFrame: null }, null, /no longer exists/],
  ['the dev server in production', appEvent(1, DEV), null, /not the app/],
  ['another port in development', appEvent(1, 'http://localhost:5174/'), DEV, /not the app/],
]

describe('the sender check', () => {
  it.each(forged)('refuses %s, logs channel and reason, and never runs the handler', async (_label, event, dev, reason) => {
    const handler = vi.fn()
    const warn = vi.fn()
    const result = await dispatch(channel, handler, event, [{ dirty: true }], dev, { warn, error: vi.fn() })
    expect(result).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(reason) })
    expect(handler).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`refused IPC on ${channel}: .*${reason.source}`)))
  })

  it('accepts the app origin in production and the dev server in development', () => {
    expect(checkSender(channel, appEvent(1), null)).toEqual({ ok: true })
    expect(checkSender(channel, appEvent(1, `${DEV}index.html`), DEV)).toEqual({ ok: true })
    expect(isAppUrl('app://netdraft/assets/x.js', null)).toBe(true)
  })

  it('refuses channels outside the netdraft: namespace', () => {
    expect(checkSender('other:thing', appEvent(1), null)).toMatchObject({ ok: false, reason: expect.stringContaining('not a netdraft: channel') })
  })
})

describe('dispatch', () => {
  const quiet = { warn: vi.fn(), error: vi.fn() }

  it('passes the parsed request and the sender id to the handler', async () => {
    const handler = vi.fn(async () => ({ ok: true as const }))
    expect(await dispatch(channel, handler, appEvent(7), [{ dirty: true }], null, quiet)).toEqual({ ok: true })
    expect(handler).toHaveBeenCalledWith({ dirty: true }, { senderId: 7 })
  })

  it('rejects extra arguments and unparsable requests as bad-request data', async () => {
    const handler = vi.fn()
    expect(await dispatch(channel, handler, appEvent(1), [{ dirty: true }, 'extra'], null, quiet)).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await dispatch(channel, handler, appEvent(1), [{ dirty: 'yes' }], null, quiet)).toMatchObject({
      ok: false,
      code: 'bad-request',
      message: expect.stringContaining('dirty: Invalid input: expected boolean'),
    })
    expect(handler).not.toHaveBeenCalled()
  })

  it('turns a thrown error into data without a stack and logs it', async () => {
    const error = vi.fn()
    const result = await dispatch(channel, async () => {
      throw new Error('disk on fire')
    }, appEvent(1), [{ dirty: true }], null, { warn: vi.fn(), error })
    expect(result).toEqual({ ok: false, code: 'internal', message: `${channel} failed: disk on fire` })
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/)
    expect(error).toHaveBeenCalledOnce()
  })
})
