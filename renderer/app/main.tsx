import { createRoot } from 'react-dom/client'
import { emptyProject } from '../../shared/model'
import { DocumentStore } from '../state/store'
import { App } from './App'
import './styles.css'

const root = createRoot(document.getElementById('root')!)

async function start() {
  const api = window.netdraft
  if (!api) {
    root.render(<main className="fatal">Netdraft's editor runs inside the Netdraft desktop app (no preload API found).</main>)
    return
  }
  const current = await api.currentProject({})
  const doc = current.ok ? current.document : null
  const store = new DocumentStore(doc ? doc.project : emptyProject())
  // A recovered document is unsaved work: keep it marked as changed until the user saves.
  if (doc?.recovered || doc?.dirty) store.markSaved(emptyProject())
  root.render(<App api={api} store={store} initialFileName={doc?.fileName ?? null} />)
  if (!current.ok) console.error(`netdraft: could not read the current document: ${current.message}`)
}

void start()
