import { asArray, asString, dig, isObject, walkJson, type JsonObject } from '../json';
import { classifyHeaderParts } from './header-parts';
import { runsText } from './text';
import { channelFromEndpoint, joinChannel, readShort, type ChannelReading } from './watch-reading';

/**
 * A video published by several channels together (2025+): its owner line ("Channel One and Channel
 * Two") opens a Collaborators dialog instead of a channel, and only that dialog's list names each
 * channel with its @handle, subscribers and badge. The uploader is the channel the player names;
 * its row in the list gives the subscribers and badge the owner line no longer shows.
 *
 * Each row is a `listItemViewModel`: `title.content` is the name (with the badge as an image in
 * `attachmentRuns`), `subtitle.content` reads "@handle • 19.6M subscribers" (each part wrapped in
 * direction marks), and the row's tap command browses to the channel.
 */

const BADGE_IMAGE = /CHECK_CIRCLE|VERIFIED|OFFICIAL_ARTIST/;
const DIRECTION_MARKS = /[\u200e\u200f\u2066-\u2069]/g;

/** The dialogs an owner line opens (on the line itself, and on its title's link). */
function collaboratorDialogs(owner: JsonObject): unknown[] {
  const commands = [
    dig(owner, 'navigationEndpoint'),
    ...asArray(dig(owner, 'attributedTitle', 'commandRuns')).map((run) => dig(run, 'onTap', 'innertubeCommand')),
  ];
  return commands.map((command) => dig(command, 'showDialogCommand')).filter((dialog) => dialog !== undefined);
}

/** Whether the owner line stands for several channels: it opens their list, not one channel. */
export function isCollaboration(owner: JsonObject): boolean {
  return collaboratorDialogs(owner).length > 0;
}

function readRow(row: JsonObject, lang: string): ChannelReading {
  const endpoints = [
    dig(row, 'rendererContext', 'commandContext', 'onTap', 'innertubeCommand'),
    ...asArray(dig(row, 'title', 'commandRuns')).map((run) => dig(run, 'onTap', 'innertubeCommand')),
  ];
  const fromEndpoints = endpoints.map((endpoint) => channelFromEndpoint(endpoint)).reduce<ChannelReading | undefined>(joinChannel, undefined) ?? {};
  const subtitle = (runsText(row.subtitle) ?? '').replace(DIRECTION_MARKS, '');
  const parts = subtitle.split(/\s*[•·]\s*/).map((text) => ({ text, label: null }));
  const { handle, counts } = classifyHeaderParts(parts, lang);
  const label = asString(dig(row, 'rendererContext', 'accessibilityContext', 'label'));
  const badges = asArray(dig(row, 'title', 'attachmentRuns')).map((run) => JSON.stringify(dig(run, 'element') ?? null));
  return {
    ...fromEndpoints,
    handle: fromEndpoints.handle ?? handle,
    name: runsText(row.title),
    subscribers: counts.followers
      ? { value: counts.followers.value, exact: counts.followers.precision === 'exact' }
      : readShort(label?.split(/,\s*/).slice(1).join(', '), lang),
    verified: badges.some((badge) => BADGE_IMAGE.test(badge)),
  };
}

/** Every channel the Collaborators dialog lists, as far as each row names it. */
export function collaboratorsOf(owner: JsonObject, lang: string): ChannelReading[] {
  const rows: ChannelReading[] = [];
  walkJson(
    collaboratorDialogs(owner),
    (node) => {
      if (isObject(node.listItemViewModel)) rows.push(readRow(node.listItemViewModel, lang));
    },
    20_000,
  );
  return rows.filter((row) => row.id || row.handle);
}

/** The uploader's own row: the one whose channel id (or @handle) the player's channel has. */
export function uploaderRow(channel: ChannelReading, rows: readonly ChannelReading[]): ChannelReading | undefined {
  return rows.find((row) => (channel.id && row.id === channel.id) || (channel.handle && row.handle?.toLowerCase() === channel.handle.toLowerCase()));
}
