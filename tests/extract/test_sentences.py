from evcheck.extract import split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = "Xiaomi Corp. sold 2.5 million units in the U.S. market. Sales rose 5%."
    assert texts(text) == ["Xiaomi Corp. sold 2.5 million units in the U.S. market.", "Sales rose 5%."]


def test_blank_lines_start_paragraphs():
    sentences = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_a_figure_set_before_its_words_shares_their_sentence():
    text = "1. 142,380. Vehicles assembled in Egypt last year.\n\n6. E£212.5 billion. The factory value of the output."
    found = [text[s.start:s.end] for s in split_sentences(text)]
    assert "142,380. Vehicles assembled in Egypt last year." in found
    assert "E£212.5 billion. The factory value of the output." in found


def test_a_number_ending_a_sentence_of_words_still_ends_it():
    text = "Sales reached 142,380. Vehicles assembled abroad fell."
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["Sales reached 142,380.", "Vehicles assembled abroad fell."]


def test_a_figure_on_its_own_line_shares_the_sentence_of_its_caption():
    text = ("BY THE NUMBERS\n\n372,400\nElectric vehicles sold in the United States in the third quarter, up 9.8% from "
            "339,170 a year earlier. That was 9.6% of the market.\n\n£650 million\nThe UK's new plug-in grant pot.")
    found = texts(text)
    assert found[1].startswith("372,400\nElectric vehicles sold") and found[1].endswith("a year earlier.")
    assert "£650 million\nThe UK's new plug-in grant pot." in found


def test_a_figure_line_inside_a_paragraph_or_before_a_short_line_keeps_its_own_sentence():
    inside = "Deliveries by quarter:\n372,400\nElectric vehicles sold in the United States last quarter."
    assert texts(inside)[1] == "372,400"  # not a caption: the figure does not open its paragraph
    short = "Sales\n\n372,400\nUp 9.8%\n\nExports"
    assert "372,400" in texts(short)  # a line of two words is no caption
