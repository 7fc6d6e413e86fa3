/** A signed-in admin session listening to /devices/live, as the admin panel's pop-up does. */
export { listenLive, type LiveReceived as Received } from '../../devices/live-client'
