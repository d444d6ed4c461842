package io.gloss.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.core.domain.FetchedPage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final Charset EUC_KR = Charset.forName("EUC-KR");
  private static final Charset CP949 = Charset.forName("x-windows-949");
  private static final String URL = "https://news.example.kr/article/1";

  /** Original Korean text (invented for these tests), long enough for statistical detection. */
  private static final String KOREAN =
      "정부는 오늘 반도체 산업 지원 방안을 발표했다. 이번 대책에는 연구개발 세액공제 확대와 "
          + "전력망 구축 지원이 담겼다. 업계는 환영하면서도 인력 양성 계획이 부족하다고 지적했다. "
          + "전문가들은 소버린 인공지능 경쟁이 치열해지는 만큼 장기적인 투자가 필요하다고 말했다.";

  private static String page(String meta, String body) {
    return "<!doctype html><html><head>"
        + meta
        + "<title>경제 기사</title></head><body><p>"
        + body
        + "</p><a href=\"/next\">다음</a></body></html>";
  }

  private static Document decode(String contentType, byte[] bytes) {
    return PageDecoder.decode(new FetchedPage(URL, URL, contentType, bytes));
  }

  @Test
  void decode_eucKrWithoutAnyDeclaration_isDetected() {
    Document doc = decode("text/html", page("", KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
    assertThat(doc.title()).isEqualTo("경제 기사");
  }

  @Test
  void decode_cp949OnlySyllablesWithoutDeclaration_decodeToo() {
    String text = KOREAN + " 똠양꿍 가게의 햏 사장은 뷁 하고 웃었다.";
    Document doc = decode(null, page("", text).getBytes(CP949));

    assertThat(doc.selectFirst("p").text()).isEqualTo(text);
  }

  @Test
  void decode_headerCharset_isUsed() {
    Document doc = decode("text/html; charset=EUC-KR", page("", KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_metaHttpEquivCharset_isUsed() {
    String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">";
    Document doc = decode("text/html", page(meta, KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_headerWinsOverConflictingMeta() {
    String meta = "<meta charset=\"utf-8\">";
    Document doc = decode("text/html;charset=ks_c_5601-1987", page(meta, KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_metaSaysUtf8ButBytesAreEucKr_detectionWins() {
    Document doc = decode("text/html", page("<meta charset=utf-8>", KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_metaSaysEucKrButBytesAreUtf8_utf8Wins() {
    String meta = "<meta charset=\"euc-kr\">";
    Document doc = decode("text/html", page(meta, KOREAN).getBytes(StandardCharsets.UTF_8));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_serverDefaultLatin1OnKoreanPage_detectionWins() {
    Document doc = decode("text/html; charset=ISO-8859-1", page("", KOREAN).getBytes(EUC_KR));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_realLatin1Page_staysLatin() {
    String text = "Le café de la gare a fermé ses portes après trente années.";
    Document doc =
        decode(
            "text/html; charset=iso-8859-1", page("", text).getBytes(StandardCharsets.ISO_8859_1));

    assertThat(doc.selectFirst("p").text()).isEqualTo(text);
  }

  @Test
  void decode_utf16WithBom_isDecoded() {
    String html = page("", KOREAN);
    byte[] le =
        withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, html.getBytes(StandardCharsets.UTF_16BE));

    assertThat(decode(null, le).selectFirst("p").text()).isEqualTo(KOREAN);
    assertThat(decode("text/html; charset=euc-kr", be).selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_utf8Bom_beatsConflictingHeader() {
    byte[] bytes =
        withBom(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            page("", KOREAN).getBytes(StandardCharsets.UTF_8));

    Document doc = decode("text/html; charset=euc-kr", bytes);

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
    assertThat(doc.title()).isEqualTo("경제 기사");
  }

  @Test
  void decode_shiftJisWithoutDeclaration_isDetected() {
    String text =
        "政府は本日、半導体産業の支援策を発表した。研究開発の税額控除の拡大と電力網の整備支援が" + "盛り込まれた。業界は歓迎しつつも、人材育成の計画が足りないと指摘している。";
    Document doc = decode(null, page("", text).getBytes(Charset.forName("Shift_JIS")));

    assertThat(doc.selectFirst("p").text()).isEqualTo(text);
  }

  @Test
  void decode_unknownCharsetLabel_fallsBackToBytes() {
    Document doc =
        decode("text/html; charset=x-no-such", page("", KOREAN).getBytes(StandardCharsets.UTF_8));

    assertThat(doc.selectFirst("p").text()).isEqualTo(KOREAN);
  }

  @Test
  void decode_baseUriIsTheFinalUrl() {
    Document doc =
        decode("text/html; charset=utf-8", page("", "x").getBytes(StandardCharsets.UTF_8));

    assertThat(doc.selectFirst("a").absUrl("href")).isEqualTo("https://news.example.kr/next");
  }

  @Test
  void charsetOf_eucKrLabel_readsAsWindows949() {
    FetchedPage fetched =
        new FetchedPage(URL, URL, "text/html; charset=euc-kr", page("", KOREAN).getBytes(EUC_KR));

    assertThat(PageDecoder.charsetOf(fetched)).isEqualTo(CP949);
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(body);
    return out.toByteArray();
  }
}
