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
