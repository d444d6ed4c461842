package io.gloss.core.digest;

import io.gloss.core.digest.view.DigestTexts;
import io.gloss.core.domain.ChannelRef;
import io.gloss.core.domain.DigestRun;
import io.gloss.core.domain.DigestSubscription;
import io.gloss.core.domain.Workspace;
import io.gloss.core.port.in.DigestCaller;
import io.gloss.core.port.in.DigestRequest;
import io.gloss.core.port.in.DigestUseCase;
import io.gloss.core.port.out.DigestZoneStore;
import io.gloss.core.render.ReplyLanguage;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The {@code /digest} subcommands, the same on every platform. Changing a subscription or the
 * workspace's zone follows the team-settings rule of {@code /gloss term set}: only admins (the
 * adapter states whether the caller is one). {@code now} posts the digest itself through the
 * platform's poster.
 */
public final class DigestCommands implements DigestUseCase {
  private final DigestRunner runner;
  private final DigestZoneStore zones;
  private final Runnable onChange;

  /**
   * @param zones each workspace's default zone
   * @param onChange called after a subscription changed (wakes the scheduler)
   */
  public DigestCommands(DigestRunner runner, DigestZoneStore zones, Runnable onChange) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.zones = Objects.requireNonNull(zones, "zones");
    this.onChange = Objects.requireNonNull(onChange, "onChange");
  }

  @Override
  public String handle(DigestCaller caller, DigestRequest request) {
    ChannelRef channel = caller.channel();
    ReplyLanguage lang = caller.language();
    boolean ko = lang == ReplyLanguage.KO;
    if (request.kind() == DigestRequest.Kind.INVALID) {
      return (ko ? "사용법: " : "Usage: ") + DigestRequest.USAGE + "\n" + request.error();
    }
    if (request.changes() && !caller.admin()) {
      return ko
          ? "🔒 다이제스트 구독과 시간대는 관리자(Slack 워크스페이스 관리자, Discord 서버 관리 권한)만 바꿀 수 있습니다."
          : "🔒 Only admins (Slack workspace admins, Discord Manage Server) can change the digest"
              + " subscription or time zone.";
    }
    return switch (request.kind()) {
      case SUBSCRIBE -> subscribe(caller, request);
      case UNSUBSCRIBE -> {
        boolean had = runner.store().unsubscribe(channel);
        onChange.run();
        yield had
            ? (ko ? "이 채널의 다이제스트 구독을 해지했습니다." : "This channel no longer gets the daily digest.")
            : (ko ? "이 채널은 다이제스트를 구독하고 있지 않습니다." : "This channel has no digest subscription.");
      }
      case ZONE -> setZone(channel, Objects.requireNonNull(request.zone()), lang);
      case STATUS -> status(runner.status(channel), lang) + "\n" + defaultZone(channel, lang);
      case NOW -> now(runner.runNow(channel), lang);
      case INVALID -> throw new IllegalStateException("handled above");
    };
  }

  /**
   * The zone of a subscription given without one: the workspace's zone, else the caller's own zone
   * (where the platform tells it), else {@code digest.default-zone}.
   */
  ZoneId defaultZone(DigestCaller caller) {
    return zones
        .zone(workspace(caller.channel()))
        .orElse(caller.ownZone() != null ? caller.ownZone() : runner.settings().defaultZone());
  }

  private String setZone(ChannelRef channel, ZoneId zone, ReplyLanguage lang) {
    zones.setZone(workspace(channel), zone);
    return lang == ReplyLanguage.KO
        ? "이 워크스페이스의 다이제스트 기본 시간대를 "
            + zone.getId()
            + "(으)로 정했습니다. 시간대 없이 /digest subscribe 하면 이 시간대를 씁니다 (기존 구독은 그대로)."
        : "This workspace's digest time zone is now "
            + zone.getId()
            + ": /digest subscribe without a zone uses it (existing subscriptions keep theirs).";
  }

  private String defaultZone(ChannelRef channel, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    return zones
        .zone(workspace(channel))
        .map(zone -> (ko ? "워크스페이스 시간대: " : "Workspace time zone: ") + zone.getId())
        .orElse(
            (ko ? "워크스페이스 시간대: 정하지 않음 (기본 " : "Workspace time zone: not set (default ")
                + runner.settings().defaultZone().getId()
                + ")");
  }

  private static Workspace workspace(ChannelRef channel) {
    return Workspace.of(channel.platform(), channel.workspace());
  }

  private String subscribe(DigestCaller caller, DigestRequest request) {
    ChannelRef channel = caller.channel();
    ReplyLanguage lang = caller.language();
    ZoneId zone = request.zone() != null ? request.zone() : defaultZone(caller);
    DigestSubscription subscription =
        new DigestSubscription(
            channel,
            Objects.requireNonNull(request.time()),
            zone,
            Objects.requireNonNull(request.days()));
    runner.store().subscribe(subscription);
    onChange.run();
    DigestStatus status = runner.status(channel);
    String days = DigestTexts.days(subscription.weekdays(), lang);
    String next =
        status.nextRun() == null ? "" : DigestTexts.when(status.nextRun().toInstant(), zone);
    return lang == ReplyLanguage.KO
        ? "다이제스트를 구독했습니다: "
            + days
            + " "
            + subscription.time()
            + " ("
            + zone.getId()
            + "). 다음: "
            + next
        : "Subscribed to the daily digest: "
            + days
            + " at "
            + subscription.time()
            + " ("
            + zone.getId()
            + "). Next: "
            + next;
  }

  /** The status as text (also printed by {@code gloss digest status}). */
  public static String status(DigestStatus status, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    StringBuilder out = new StringBuilder();
    DigestSubscription sub = status.subscription();
    if (sub == null) {
      out.append(ko ? "구독 없음." : "Not subscribed.");
    } else {
      out.append(ko ? "구독: " : "Subscribed: ")
          .append(DigestTexts.days(sub.weekdays(), lang))
          .append(' ')
          .append(sub.time())
          .append(" (")
          .append(sub.zone().getId())
          .append(')');
      if (status.health().paused()) {
        out.append(ko ? "\n일시 중지됨: 연속 " : "\nPaused after ")
            .append(status.health().failures())
            .append(ko ? "번 실패 (" : " failed runs (")
            .append(status.health().pausedReason())
            .append(ko ? "). 다시 구독하면 재개됩니다." : "). Subscribe again to resume.");
      } else if (status.nextRun() != null) {
        out.append(ko ? "\n다음: " : "\nNext: ")
            .append(DigestTexts.when(status.nextRun().toInstant(), sub.zone()));
      }
    }
    DigestRun last = status.lastRun();
    if (last != null) {
      ZoneId zone = sub != null ? sub.zone() : ZoneId.of("UTC");
      out.append(ko ? "\n지난 실행: " : "\nLast run: ")
          .append(last.date())
          .append(" · ")
          .append(last.status().code());
      if (last.finishedAt() != null) {
        out.append(" · ").append(DigestTexts.when(last.finishedAt(), zone));
      }
      if (last.detail() != null) {
        out.append(" · ").append(last.detail());
      }
    }
    return out.toString();
  }

  private static String now(DigestResult result, ReplyLanguage lang) {
    boolean ko = lang == ReplyLanguage.KO;
    return switch (result.outcome()) {
      case POSTED ->
          ko
              ? "다이제스트를 올렸습니다 (이야기 " + result.stories() + "개)."
              : "Digest posted ("
                  + result.stories()
                  + (result.stories() == 1 ? " story)." : " stories).");
      case EMPTY ->
          ko
              ? "지난 다이제스트 이후 공유된 링크가 없어 올리지 않았습니다."
              : "Nothing was shared since the last digest: nothing posted.";
      case ALREADY_DONE ->
          ko
              ? "이번 기간의 다이제스트는 이미 올렸거나 올리는 중입니다."
              : "This period's digest was already posted (or is being posted).";
      case PAUSED ->
          ko
              ? "다이제스트가 일시 중지되어 있습니다 (" + result.detail() + "). 다시 구독하면 재개됩니다."
              : "The digest is paused (" + result.detail() + "). Subscribe again to resume.";
      case SKIPPED, FAILED ->
          ko
              ? "다이제스트를 올리지 못했습니다: " + result.detail()
              : "Could not post the digest: " + result.detail();
    };
  }
}
