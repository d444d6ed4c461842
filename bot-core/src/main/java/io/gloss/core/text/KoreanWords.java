package io.gloss.core.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean content words with Lucene Nori: nouns, proper nouns, Latin words, numbers and Chinese
 * characters; glossary terms stay whole through the {@link UserTerms} dictionary.
 *
 * <p>Thread-safe: a Nori tokenizer is not, so each thread keeps its own, built once and rebuilt
 * only when the user dictionary changes. The system dictionaries load once per JVM (about half a
 * second).
 */
public final class KoreanWords {
  private final UserTerms userTerms;
  private static final int MAX_CACHED_CHARS = 2000;
  private final ThreadLocal<PerThread> tokenizers = new ThreadLocal<>();

  /**
   * The analyzer and the summarizer read the same sentences: the second read is a cache hit. Keyed
   * by dictionary generation too, so a new user term takes effect at once.
   */
  private final Cache<String, List<Word>> recent = Caffeine.newBuilder().maximumSize(4096).build();

  public KoreanWords(UserTerms userTerms) {
    this.userTerms = Objects.requireNonNull(userTerms, "userTerms");
  }

  public KoreanWords() {
    this(new UserTerms());
  }

  public UserTerms userTerms() {
    return userTerms;
  }

  /** The content words of the text, in order. */
  public List<Word> words(String text) {
    if (text.length() > MAX_CACHED_CHARS) {
      return List.copyOf(tokenize(text));
    }
    long generation = userTerms.snapshot().generation();
    return recent.get(generation + "\u0000" + text, key -> List.copyOf(tokenize(text)));
  }

  private List<Word> tokenize(String text) {
    PerThread perThread = tokenizerForThisThread();
    KoreanTokenizer tokenizer = perThread.tokenizer;
    List<Word> words = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        WordKind kind = kindOf(perThread.pos);
        if (kind != null) {
          String term = perThread.term.toString();
          if (kind != WordKind.FOREIGN && kind != WordKind.NUMBER && userTerms.contains(term)) {
            kind = WordKind.USER_TERM;
          }
          words.add(
              new Word(term, kind, perThread.offset.startOffset(), perThread.offset.endOffset()));
        }
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from a string cannot fail", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return words;
  }

  private static @org.jspecify.annotations.Nullable WordKind kindOf(PartOfSpeechAttribute pos) {
    POS.Tag tag = pos.getLeftPOS();
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case NNG -> WordKind.NOUN;
      case NNP -> WordKind.PROPER_NOUN;
      case SL -> WordKind.FOREIGN;
      case SN -> WordKind.NUMBER;
      case SH -> WordKind.HANJA;
      default -> null;
    };
  }

  private PerThread tokenizerForThisThread() {
    UserTerms.Snapshot snapshot = userTerms.snapshot();
    PerThread current = tokenizers.get();
    if (current == null || current.generation != snapshot.generation()) {
      current = new PerThread(snapshot);
      tokenizers.set(current);
    }
    return current;
  }

  /** One thread's tokenizer and its attributes. */
  private static final class PerThread {
    final long generation;
    final KoreanTokenizer tokenizer;
    final CharTermAttribute term;
    final PartOfSpeechAttribute pos;
    final OffsetAttribute offset;

    PerThread(UserTerms.Snapshot snapshot) {
      this.generation = snapshot.generation();
      this.tokenizer =
          new KoreanTokenizer(
              KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
              snapshot.dictionary(),
              KoreanTokenizer.DecompoundMode.NONE,
              false,
              true);
      this.term = tokenizer.addAttribute(CharTermAttribute.class);
      this.pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      this.offset = tokenizer.addAttribute(OffsetAttribute.class);
    }
  }
}
