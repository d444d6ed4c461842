package io.gloss.core.digest;

import io.gloss.core.digest.view.Digest;
import io.gloss.core.digest.view.DigestLink;
import io.gloss.core.digest.view.DigestSource;
import io.gloss.core.digest.view.DigestStory;
import io.gloss.core.digest.view.DigestTerm;
import io.gloss.core.digest.view.DigestTexts;
import io.gloss.core.render.ReplyLanguage;
import io.gloss.core.render.ReplyTexts;

/** The digest as plain text, for {@code gloss digest preview} and logs. */
public final class DigestTextRenderer {
  private DigestTextRenderer() {}

  public static String render(Digest digest) {
    ReplyLanguage lang = digest.language();
    StringBuilder out = new StringBuilder();
    out.append(DigestTexts.title(digest)).append('\n');
    out.append(DigestTexts.period(digest)).append('\n');
    int number = 1;
    for (DigestStory story : digest.stories()) {
      out.append('\n').append(number++).append(". ").append(story.headline()).append('\n');
      if (story.summary() != null) {
        out.append("   ").append(story.summary()).append('\n');
      }
      out.append("   ")
          .append(DigestTexts.outlets(story, lang))
          .append(" · ")
          .append(DigestTexts.engagement(story, lang))
          .append('\n');
      for (DigestSource source : story.sources()) {
        out.append("   ").append(source.outlet()).append(": ").append(source.url()).append('\n');
      }
    }
    if (digest.moreStories() > 0) {
      out.append('\n').append(DigestTexts.moreStories(digest.moreStories(), lang)).append('\n');
    }
    if (!digest.terms().isEmpty()) {
      out.append('\n').append(DigestTexts.termsHeading(lang)).append('\n');
      for (DigestTerm term : digest.terms()) {
        out.append(term.term())
            .append(" — ")
            .append(term.explanation())
            .append(" [")
            .append(ReplyTexts.badge(term.kind(), lang))
            .append("]\n");
      }
    }
    if (!digest.unsummarized().isEmpty()) {
      out.append('\n').append(DigestTexts.unsummarizedHeading(lang)).append('\n');
      for (DigestLink link : digest.unsummarized()) {
        out.append("• ");
        if (link.title() != null) {
          out.append(link.title()).append(" ");
        }
        out.append(link.url()).append('\n');
      }
    }
    return out.toString();
  }
}
