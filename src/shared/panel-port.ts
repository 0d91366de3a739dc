/** The port a panel keeps open to its tab while it shows that tab: when it closes, the panel's drawings go. */
export const PANEL_PORT = 'policy-lens-panel';
