package io.gloss.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the text under an element into {@link TextBlock}s at block elements and at {@code <br><br>},
 * the way Naver and Daum separate paragraphs; a table row is one block with its cells joined.
 * Iterative: deep pages cannot overflow the stack.
 */
final class BlockSegmenter {
  private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" *\n *");

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "caption",
          "html",
          "option",
          "legend");

  private BlockSegmenter() {}

  static List<TextBlock> segment(Element root, Deadline deadline) {
    Collector collector = new Collector(root, deadline);
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.blocks;
  }

  private static final class Collector implements NodeVisitor {
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deadline deadline;
    private final List<Element> owners = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private boolean lastWasBr;

    Collector(Element root, Deadline deadline) {
      this.deadline = deadline;
      owners.add(root);
    }

    @Override
    public void head(Node node, int depth) {
      deadline.tick();
      if (node instanceof TextNode textNode) {
        appendText(textNode.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
          if (lastWasBr) {
            flush();
          } else {
            trimTrailingSpace();
            if (text.length() > 0) {
              text.append('\n');
            }
            lastWasBr = true;
          }
        } else if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("pre")) {
          preDepth++;
        }
        if (BLOCK_TAGS.contains(tag) && depth > 0) {
          flush();
          owners.add(element);
        } else if (tag.equals("td") || tag.equals("th")) {
          // A table row reads as one line, its cells separated: "삼성전자 | 21조4300억원 | 12%".
          trimTrailingSpace();
          if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(" | ");
          }
        } else if (tag.equals("img")) {
          appendSpace();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("pre")) {
          preDepth--;
        }
        if (BLOCK_TAGS.contains(tag) && depth > 0) {
          flush();
          owners.remove(owners.size() - 1);
        }
      }
    }

    private void appendText(String raw) {
      int before = text.length();
      if (preDepth > 0) {
        text.append(raw);
      } else {
        for (int i = 0; i < raw.length(); i++) {
          char c = raw.charAt(i);
          if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
            appendSpace();
          } else {
            text.append(c);
          }
        }
      }
      int added = text.length() - before;
      if (added > 0 && !raw.isBlank()) {
        lastWasBr = false;
      }
      if (linkDepth > 0) {
        linkChars += added;
      }
    }

    private void appendSpace() {
      int n = text.length();
      if (n > 0 && text.charAt(n - 1) != ' ' && text.charAt(n - 1) != '\n') {
        text.append(' ');
      }
    }

    private void trimTrailingSpace() {
      while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
        text.setLength(text.length() - 1);
      }
    }

    void flush() {
      String value = text.toString().strip();
      if (!value.isEmpty()) {
        if (value.indexOf('\n') >= 0) {
          value = SPACES_AROUND_NEWLINE.matcher(value).replaceAll("\n");
        }
        blocks.add(
            new TextBlock(
                value, Math.min(linkChars, value.length()), owners.get(owners.size() - 1)));
      }
      text.setLength(0);
      linkChars = 0;
      lastWasBr = false;
    }
  }
}
