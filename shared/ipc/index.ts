export * from './channels'
export * from './contract'
export type { NetdraftApi } from './api'
