/**
 * The local web dashboard ({@code cytostorm serve}): a page to pick a scenario, change its
 * parameters, switches and doses, run it and watch the charts, and compare runs; a small JSON API
 * behind it. Bound to loopback by default, every state-changing request needs the page's token and
 * the server's own origin, requests are size-limited and runs are capped. Holds no science: it
 * calls the physiology and report modules.
 */
package org.cytostorm.web;
