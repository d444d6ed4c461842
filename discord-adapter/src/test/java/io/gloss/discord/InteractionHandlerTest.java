package io.gloss.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class InteractionHandlerTest {

  @Test
  void choices_manyLongAndDuplicateTerms_atMostTwentyFiveValidChoices() {
    List<String> terms = new ArrayList<>();
    terms.add("소버린 AI");
    terms.add("소버린 AI");
    terms.add("  ");
    terms.add("가".repeat(300));
    for (int i = 0; i < 40; i++) {
      terms.add("용어 " + i);
    }

    List<Command.Choice> choices = InteractionHandler.choices(terms);

    assertThat(choices).hasSize(25);
    assertThat(choices.get(0).getName()).isEqualTo("소버린 AI");
    assertThat(choices.get(1).getName()).hasSizeLessThanOrEqualTo(100);
    assertThat(choices)
        .allSatisfy(c -> assertThat(c.getAsString()).isNotBlank().hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void commands_all_fitDiscordLimitsAndAreLocalized() {
    assertThat(GlossCommands.all()).hasSize(5);
    assertThat(GlossCommands.all())
        .allSatisfy(c -> assertThat(c.toData().toString()).contains("\"ko\""));
  }
}
