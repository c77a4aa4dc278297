// What other features may use of the shortcuts: registering one.
export { useShortcut } from './components/shortcuts-provider';
