// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The entry of dashwright-embed.js: defines <dashwright-dashboard> once (a page that loads the
// module twice, or two versions of it, keeps the first definition instead of throwing).
import { DashwrightDashboard } from './dashboard.js';

if (!customElements.get('dashwright-dashboard')) customElements.define('dashwright-dashboard', DashwrightDashboard);

export { DashwrightDashboard };
