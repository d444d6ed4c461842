package io.gloss.core.store;

import io.gloss.core.domain.Article;
import io.gloss.core.domain.StoredArticle;
import io.gloss.core.domain.Summary;
import io.gloss.core.domain.SummaryStyle;
import io.gloss.core.port.out.ArticleStore;
import io.gloss.core.url.LinkScheme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ArticleStore} on {@code article}, {@code article_url} and {@code summary}. The whole
 * article (metadata, paragraphs, glossary box) is kept as JSON next to a few searchable columns.
 */
public final class JdbcArticleStore implements ArticleStore {
  private final Database database;
  private final Clock clock;

  public JdbcArticleStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void saveArticle(Article article, Instant fetchedAt) {
    requireStorable(article.canonicalUrl());
    String json = StoreJson.write(article);
    String hash = article.contentHash();
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO article (canonical_url, content_hash, url, title, site, language,"
                      + " published, article_json, fetched_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (canonical_url) DO UPDATE SET"
                      + " content_hash = excluded.content_hash, url = excluded.url,"
                      + " title = excluded.title, site = excluded.site,"
                      + " language = excluded.language, published = excluded.published,"
                      + " article_json = excluded.article_json,"
                      + " fetched_at = excluded.fetched_at, updated_at = excluded.updated_at")) {
            upsert.setString(1, article.canonicalUrl());
            upsert.setString(2, hash);
            upsert.setString(3, article.url());
            upsert.setString(4, article.title());
            Sql.text(upsert, 5, article.site());
            upsert.setString(6, article.language());
            Sql.text(upsert, 7, Sql.iso(article.published()));
            upsert.setString(8, json);
            Sql.millis(upsert, 9, fetchedAt);
            upsert.setLong(10, clock.millis());
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public void linkUrl(String url, String canonicalUrl) {
    if (url.equals(canonicalUrl) || url.length() > MAX_URL_LENGTH) {
      return;
    }
    requireStorable(canonicalUrl);
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO article_url (url, canonical_url) VALUES (?, ?)"
                      + " ON CONFLICT (url) DO UPDATE SET canonical_url = excluded.canonical_url")) {
            upsert.setString(1, url);
            upsert.setString(2, canonicalUrl);
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public Optional<StoredArticle> findArticle(String url) {
    if (url.length() > MAX_URL_LENGTH) {
      return Optional.empty();
    }
    return database.read(
        connection -> {
          Optional<StoredArticle> direct = select(connection, url);
          if (direct.isPresent()) {
            return direct;
          }
          try (PreparedStatement alias =
              connection.prepareStatement("SELECT canonical_url FROM article_url WHERE url = ?")) {
            alias.setString(1, url);
            try (ResultSet row = alias.executeQuery()) {
              return row.next() ? select(connection, row.getString(1)) : Optional.empty();
            }
          }
        });
  }

  private static Optional<StoredArticle> select(Connection connection, String canonicalUrl)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT article_json, fetched_at FROM article WHERE canonical_url = ?")) {
      select.setString(1, canonicalUrl);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredArticle(
                StoreJson.read(row.getString(1), Article.class),
                Instant.ofEpochMilli(row.getLong(2))));
      }
    }
  }

  @Override
  public void saveSummary(Summary summary, String engine, Instant createdAt) {
    requireStorable(summary.url());
    String json = StoreJson.write(summary);
    database.write(
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO summary (canonical_url, content_hash, style, language, engine,"
                      + " mode, model, summary_json, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (canonical_url, content_hash, style, language, engine)"
                      + " DO UPDATE SET mode = excluded.mode, model = excluded.model,"
                      + " summary_json = excluded.summary_json,"
                      + " created_at = excluded.created_at")) {
            upsert.setString(1, LinkScheme.canonicalOf(summary.url()));
            upsert.setString(2, summary.contentHash());
            upsert.setString(3, summary.style().id());
            upsert.setString(4, summary.language());
            upsert.setString(5, engine);
            upsert.setString(6, summary.mode().code());
            Sql.text(upsert, 7, summary.model());
            upsert.setString(8, json);
            Sql.millis(upsert, 9, createdAt);
            return upsert.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Summary> findSummary(
      String canonicalUrl, String contentHash, SummaryStyle style, String language, String engine) {
    if (canonicalUrl.length() > MAX_URL_LENGTH) {
      return Optional.empty();
    }
    return database.read(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT summary_json FROM summary WHERE canonical_url = ? AND content_hash = ?"
                      + " AND style = ? AND language = ? AND engine = ?")) {
            select.setString(1, canonicalUrl);
            select.setString(2, contentHash);
            select.setString(3, style.id());
            select.setString(4, language);
            select.setString(5, engine);
            try (ResultSet row = select.executeQuery()) {
              return row.next()
                  ? Optional.of(StoreJson.read(row.getString(1), Summary.class))
                  : Optional.empty();
            }
          }
        });
  }

  private static void requireStorable(String url) {
    if (url.length() > MAX_URL_LENGTH) {
      throw new IllegalArgumentException(
          "URL longer than " + MAX_URL_LENGTH + " characters is not stored");
    }
  }
}
