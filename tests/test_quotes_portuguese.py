"""Portuguese (European and Brazilian): one table of sentences, each case named by the
behaviour it checks. The texts are our own."""

from __future__ import annotations

import pytest

from newsbrief import analyze, to_dict

# (behaviour, text, quoted words (a prefix), expected speaker: None when no one is named)
CASES = [
    ("present-of-precisar-is-need-not-speech",
     "A pesquisadora Luísa Vidal falou do programa. «Os números enganam», afirma. Na avaliação"
     " dela, o governo precisa «olhar para a qualidade, não só para a velocidade».",
     "olhar para a qualidade", "Luísa Vidal"),
    ("preterite-of-precisar-is-speech",
     "«Não haverá cortes este ano», precisou o ministro Rui Costa.",
     "Não haverá cortes", "Rui Costa"),
    ("gloss-in-brackets-after-a-role-before-the-name",
     "Para o presidente da Fenaf (federação que reúne os sindicatos do setor), Mário Lopes, o"
     " bónus é «paliativo». «O setor perdeu metade dos técnicos», afirmou ele.",
     "O setor perdeu metade", "Mário Lopes"),
    ("incise-role-resolves-to-named-person",
     "Ministra promete mais salas\n\n"
     "A ministra da Cultura, Beatriz Lacerda, visitou ontem o museu de Tavira.\n\n"
     "«Vamos abrir mais salas no próximo ano», afirmou a ministra durante a visita.",
     "Vamos abrir mais salas", "Beatriz Lacerda"),
    ("incise-surname",
     "O autarca Rui Valadares apresentou o orçamento.\n\n"
     "«As contas estão equilibradas», disse Valadares.",
     "As contas estão equilibradas", "Rui Valadares"),
    ("incise-without-subject-is-the-last-speaker",
     "O treinador Carlos Mendonça falou depois do jogo.\n\n"
     "«Faltou-nos pontaria», disse Mendonça. «Mas a equipa lutou até ao fim», acrescentou.",
     "Mas a equipa lutou", "Carlos Mendonça"),
    ("null-subject-incise-keeps-a-short-quote",
     "Câmara reforça apoio\n\n"
     "O presidente da câmara, Paulo Viegas, anunciou um reforço para os bombeiros.\n\n"
     "«Os bombeiros são a primeira linha de defesa», sublinhou o autarca. "
     "«Não podemos falhar-lhes», acrescentou.",
     "Não podemos falhar-lhes", "Paulo Viegas"),
    ("ela-agrees-with-a-presidente",
     "Municípios pedem verbas\n\n"
     "O deputado Jorge Calado criticou o plano.\n\n"
     "A presidente da câmara de Setúbal, Luísa Fontes, disse que «os municípios foram ouvidos "
     "tarde». Ela acrescentou: «Mas estamos prontos para colaborar.»",
     "Mas estamos prontos", "Luísa Fontes"),
    ("incise-addressee-before-subject",
     "O ministro das Finanças, Duarte Pimentel, esteve em Bruxelas.\n\n"
     "«Não haverá novos impostos», disse à Lusa o ministro.",
     "Não haverá novos impostos", "Duarte Pimentel"),
    ("incise-hyphenated-clitic",
     "A enfermeira Marta Queirós esperava há três horas.\n\n"
     "«Ninguém nos explica nada», queixou-se Marta Queirós.",
     "Ninguém nos explica nada", "Marta Queirós"),
    ("source-prep-segundo",
     "Segundo o economista Artur Barreiros, “a inflação vai continuar alta até ao verão”.",
     "a inflação vai continuar", "Artur Barreiros"),
    ("source-prep-de-acordo-com-feminine-pronoun",
     "O deputado Fernando Góis criticou o plano.\n\n"
     "A investigadora Luciana Arantes, da Universidade do Minho, tem outra opinião. "
     "De acordo com ela, \"o plano chega tarde, mas chega\".",
     "o plano chega tarde", "Luciana Arantes"),
    ("segundo-fonte-without-article-is-a-label",
     "Inquérito aos contratos\n\n"
     "O Ministério Público abriu um inquérito. Segundo fonte judicial, «há indícios fortes "
     "de favorecimento».",
     "há indícios fortes", "fonte judicial"),
    ("source-prep-para",
     "Para o sindicalista Vasco Loureiro, «o acordo não resolve o problema dos salários».",
     "o acordo não resolve", "Vasco Loureiro"),
    ("que-clause-fragment",
     "A presidente da câmara, Helena Brandão, disse que a obra é «uma prioridade absoluta».",
     "uma prioridade absoluta", "Helena Brandão"),
    ("unnamed-source-kept-as-label",
     "A autarquia não comentou o caso.\n\n"
     "«O processo segue os trâmites normais», disse uma fonte da autarquia.",
     "O processo segue", "uma fonte da autarquia"),
    ("a-mesma-fonte-is-the-unnamed-source-before",
     "Urgências sobrelotadas\n\n"
     "«A situação é insustentável», adiantou ao Expresso fonte hospitalar. A mesma fonte "
     "sublinhou que «faltam pelo menos vinte enfermeiros no serviço».",
     "faltam pelo menos vinte", "fonte hospitalar"),
    ("adverb-after-cue-and-generic-role",
     "Urgências sobrelotadas\n\n"
     "A diretora clínica, Margarida Sequeira, reconheceu as dificuldades. «Estamos a fazer "
     "tudo o que é possível», afirmou ainda a responsável.",
     "Estamos a fazer tudo", "Margarida Sequeira"),
    ("na-opiniao-de-frames-a-fragment",
     "Plano de contingência\n\n"
     "O bastonário, Henrique Lobo, criticou o Governo.\n\n"
     "Na opinião de Henrique Lobo, o plano de contingência «chegou tarde e mal».",
     "chegou tarde e mal", "Henrique Lobo"),
    ("compound-surname-names-the-person",
     "Belém pede estabilidade\n\n"
     "«O país precisa de estabilidade», afirmou o Presidente da República, Marcelo Rebelo de "
     "Sousa, em Belém.\n\nMais tarde, Rebelo de Sousa insistiu: «Os portugueses querem "
     "acordos.»",
     "Os portugueses querem", "Marcelo Rebelo de Sousa"),
    ("naming-verb-fragment",
     "O líder da oposição, Jorge Calado, classificou o plano de «precipitado».",
     "precipitado", "Jorge Calado"),
    ("source-prep-na-avaliacao-de",
     "Chuvas no Recife\n\n"
     "Na avaliação do geólogo Mauro Bezerra, da Universidade Federal, os morros \"não aguentam "
     "mais um inverno assim\".",
     "não aguentam mais", "Mauro Bezerra"),
    ("participle-opener-is-no-name",
     "Falta de água\n\n"
     "Procurada, a empresa de saneamento informou que o abastecimento volta \"nas próximas "
     "horas\".",
     "nas próximas horas", "a empresa de saneamento"),
    ("bare-fonte-after-participle-opener",
     "Greve nos transportes\n\n"
     "A greve dos maquinistas deixou milhares sem comboio. Contactada pelo Expresso, fonte da CP "
     "garantiu que «os serviços mínimos foram cumpridos».",
     "os serviços mínimos", "fonte da CP"),
    ("role-phrase-then-bare-role-and-name",
     "Audiência na Câmara\n\n"
     "O ex-presidente da Petrovale Jorge Antunes negou as acusações.\n\n"
     "O relator da comissão, deputado Paulo Sena (PSB-PE), afirmou que a diretoria \"ignorou os "
     "técnicos\".",
     "ignorou os técnicos", "Paulo Sena"),
    ("outer-role-of-bare-role-apposition-resolves",
     "Audiência na Câmara\n\n"
     "O ex-presidente da Petrovale Jorge Antunes negou as acusações.\n\n"
     "O relator da comissão, deputado Paulo Sena, pediu novos documentos. \"Há indícios "
     "graves\", disse o relator.",
     "Há indícios graves", "Paulo Sena"),
    ("situational-role-depoente",
     "Audiência na Câmara\n\n"
     "O ex-presidente da Petrovale Jorge Antunes negou as acusações. \"Nunca assinei nada "
     "sozinho\", afirmou o depoente.",
     "Nunca assinei nada", "Jorge Antunes"),
    ("impersonal-diz-se-names-no-one",
     "Orçamento municipal\n\n"
     "O autarca Rui Calado falou aos jornalistas. «Não há dinheiro», disse Calado. Diz-se, no "
     "entanto, que a câmara «tem reservas escondidas».",
     "tem reservas escondidas", None),
    ("impersonal-comenta-se-after-a-place",
     "Crise no clube\n\n"
     "O presidente do clube, Álvaro Leitão, defendeu o treinador. «Tem o nosso apoio», "
     "garantiu.\n\nNos bastidores do estádio, comenta-se que o técnico «não passa do Natal».",
     "não passa do Natal", None),
    ("impersonal-se-names-the-document",
     "Contas da autarquia\n\n"
     "«Está tudo em ordem», disse o vereador Nuno Pires. Afirma-se no relatório da inspeção "
     "que as contas «não batem certo».",
     "não batem certo", "relatório da inspeção"),
    ("reflexive-diz-se-keeps-its-subject",
     "Contas públicas\n\n"
     "A ministra Ana Tavares falou aos jornalistas. A ministra diz-se «muito preocupada» com "
     "as contas.",
     "muito preocupada", "Ana Tavares"),
    ("conforme-verb-addressee-then-speaker",
     "Orçamento aprovado\n\n"
     "A ministra Ana Tavares apresentou o plano. Conforme explicou à saída da reunião o "
     "secretário de Estado do Orçamento, Pedro Lemos, a despesa «vai crescer menos do que a "
     "receita».",
     "vai crescer menos", "Pedro Lemos"),
    ("ja-sets-a-new-subject-against-the-last",
     "Plano climático\n\n"
     "O deputado João Vidal elogiou o plano. «É um passo em frente», disse. Já a associação "
     "Zero, que acompanha o processo, considera que o plano «fica muito aquém».",
     "fica muito aquém", "Zero"),
    ("name-particle-dos-after-a-first-name",
     "Cheias em Caxias\n\n"
     "“A água entrou em casa”, contou a aposentada Maria dos Anjos Lopes.",
     "A água entrou em casa", "Maria dos Anjos Lopes"),
    ("speech-over-paragraphs-takes-the-incise-of-its-last",
     "Debate no Parlamento\n\n"
     "O ministro Henrique Sales falou no encerramento.\n\n"
     "«Durante anos ninguém investiu nos portos.\n\n"
     "«Agora há dinheiro e há projetos.\n\n"
     "«Não vamos desperdiçar esta oportunidade», afirmou o deputado Nuno Frazão.",
     "Durante anos ninguém investiu", "Nuno Frazão"),
    ("speech-over-paragraphs-brazilian-marks",
     "Hospital lotado\n\n"
     "“Recebemos o triplo de pacientes.\n\n"
     "“Faltam leitos e faltam enfermeiros”, disse a diretora Sílvia Campos.",
     "Recebemos o triplo", "Sílvia Campos"),
    ("institution-after-a-role-is-no-name",
     "Erosão costeira\n\n"
     "A geóloga Teresa Amaral, investigadora da Universidade Nova de Lisboa, avisou que o "
     "litoral «vai recuar dez metros».",
     "vai recuar dez metros", "Teresa Amaral"),
    ("feminine-role-is-not-the-man-just-named",
     "Hospitais sob pressão\n\n"
     "O presidente da Associação Portuguesa de Enfermeiros, Filipe Rebelo, pediu calma. Já a "
     "enfermeira de um hospital de Faro, que pediu anonimato, contraria: «Estamos exaustos e "
     "ninguém nos ouve.»",
     "Estamos exaustos", "a enfermeira de um hospital de Faro"),
    ("feminine-role-is-not-a-man-without-a-role",
     "Tribunal de Beja\n\n"
     "Paulo Reis chegou ao tribunal às nove horas, acompanhado pelo advogado.\n\n"
     "«A sessão está suspensa até às duas», anunciou a magistrada.",
     "A sessão está suspensa", "a magistrada"),
    ("source-phrase-with-role-and-name-is-what-the-sentence-is-about",
     "Surto de sarampo\n\n"
     "Para o epidemiologista Júlio Reis, professor da Unifesp, o surto ainda cresce. "
     "“Estamos só no começo”, alertou.",
     "Estamos só no começo", "Júlio Reis"),
    ("source-phrase-naming-a-body-is-no-antecedent-of-a-role",
     "Protesto no estádio\n\n"
     "Thiago Lopes falou no fim do jogo. Segundo a Polícia Militar, o protesto foi "
     "pacífico. “Temos de respeitar os adeptos”, afirmou o jogador.",
     "Temos de respeitar", "Thiago Lopes"),
    ("hearing-opened-in-the-narration",
     "Julgamento em Évora\n\n"
     "O arguido, Rui Gomes, negou tudo.\n\n"
     "A procuradora, Inês Lobo, insistiu nas faturas.\n\n"
     "— Quem assinou estes documentos?\n\n"
     "— Fui eu — admitiu o arguido.\n\n"
     "— E sabia o que assinava?\n\n"
     "— Não sabia.",
     "E sabia o que assinava", "Inês Lobo"),
    ("parenthetical-verb-without-subject-is-whom-the-text-is-about",
     "Autarca avisa\n\n"
     "A presidente da câmara, Sofia Barata, falou ontem sobre o orçamento. "
     "As obras da ponte, disse, vão ficar «para o próximo mandato».",
     "para o próximo mandato", "Sofia Barata"),
    ("relative-clause-then-main-verb-between-commas-is-no-parenthetical",
     "Fábrica fecha\n\n"
     "A administradora, Ana Pinto, anunciou o fecho. Um responsável da empresa, que pediu "
     "anonimato, admitiu, no entanto, que a notícia foi «um choque».",
     "um choque", "Um responsável da empresa"),
    ("capitalised-source-head-opens-an-unnamed-source-not-a-name",
     "Obra atrasada\n\n"
     "A ministra Luísa Pires visitou a obra. Fontes do ministério admitem que o prazo "
     "«já não é realista».",
     "já não é realista", "Fontes do ministério"),
    ("outra-opens-an-unnamed-source-not-a-name",
     "Água cortada\n\n"
     "A moradora Ana Reis queixou-se do corte. Outra vizinha diz que o problema é antigo. "
     "«É sempre a mesma coisa», afirmou.",
     "É sempre a mesma coisa", "Outra vizinha"),
    ("role-before-a-colon-ends-at-the-verb",
     "Veto em cima da mesa\n\n"
     "A ministra Teresa Vale defendeu a lei. Fontes do partido admitem dúvidas. No fim, "
     "a ministra foi cautelosa: «Vamos esperar pela decisão.»",
     "Vamos esperar pela decisão", "Teresa Vale"),
    ("negation-ends-the-subject-noun-phrase",
     "Treinador pede apoio\n\n"
     "O treinador do clube, Rui Patrício Lopes, falou ontem. O treinador não quis comentar "
     "as críticas. «Peço aos adeptos que venham ao estádio», apelou.",
     "Peço aos adeptos", "Rui Patrício Lopes"),
    ("interview-introduced-by-a-role-noun-in-the-narration",
     "Juros em queda\n\n"
     "Na avaliação de Marta Lobo, economista-chefe de uma consultora, os juros vão descer. "
     "«Os sinais são claros», disse.\n\n"
     "Fonte do ministério recusou comentar.\n\n"
     "Perguntámos à economista o que muda para as famílias.\n\n"
     "— As prestações vão baixar?\n\n"
     "— Vão, mas devagar.",
     "Vão, mas devagar", "Marta Lobo"),
    ("role-before-its-own-verb-is-no-apposition-of-the-name-before",
     "Treinador confiante\n\n"
     "O treinador do Vizela, Álvaro Pacheco, falou ontem aos jornalistas. Na antevisão do "
     "jogo com o Gil Vicente, o técnico reconheceu que a equipa está «cansada».",
     "cansada", "Álvaro Pacheco"),
    ("role-of-the-same-function-refers-back",
     "Treinador confiante\n\n"
     "O treinador do Vizela, Álvaro Pacheco, falou ontem aos jornalistas. «A equipa está "
     "cansada», disse o técnico.",
     "A equipa está cansada", "Álvaro Pacheco"),
    ("role-held-by-someone-named-later-refers-back-to-the-same-function",
     "Treinador confiante\n\n"
     "O treinador do Vizela, Álvaro Pacheco, falou ontem aos jornalistas. «A equipa está "
     "cansada», disse o técnico.\n\n"
     "Do lado do Gil Vicente, o técnico Rui Vaz mostrou-se confiante. «Vamos ganhar», "
     "garantiu.",
     "A equipa está cansada", "Álvaro Pacheco"),
    ("body-is-not-the-person-whose-role-complement-names-it",
     "Fábrica em crise\n\n"
     "O presidente do conselho de administração, Rui Torres, apresentou as contas. A "
     "administração explica que a paragem é «temporária».",
     "temporária", "A administração"),
    ("conforme-opens-no-name",
     "Economia abranda\n\n"
     "Conforme o boletim, o consumo cresce. O governador, Rui Sá, disse que o ritmo é "
     "«aceitável».",
     "aceitável", "Rui Sá"),
    # round 11: a photo caption that ends on its credit is a caption, not a heading
    ("caption-with-photo-credit-is-speech",
     "Bairro recebe posto de saúde\n\n"
     "Unidade abre em março; moradores esperavam há dez anos\n\n"
     "O secretário de Saúde, Jorge Tavares Lima, visitou a obra nesta terça-feira (4).\n\n"
     "\"Vai mudar a vida do bairro\", diz secretário — Foto: Divulgação/Prefeitura\n\n"
     "A unidade vai atender 12 mil moradores da região norte.",
     "Vai mudar a vida do bairro", "Jorge Tavares Lima"),
    ("caption-with-photo-credit-named-by-role",
     "Feira volta ao centro\n\n"
     "A moradora Mariana Couto vende pastéis na feira há 20 anos.\n\n"
     "\"Este ano temos o dobro de clientes\", afirma moradora — Imagem: TV Sul\n\n"
     "As bancas abrem às 9h.",
     "Este ano temos o dobro", "Mariana Couto"),
    # round 11: "nas palavras dele": the preposition's "de" and the pronoun in one word
    ("source-prep-contracted-pronoun-dele",
     "O presidente da associação, Gilberto Sousa Lemos, criticou o decreto. Nas palavras "
     "dele, o comércio local \"vai pagar a conta sozinho\".",
     "vai pagar a conta", "Gilberto Sousa Lemos"),
    ("source-prep-contracted-pronoun-dela",
     "O vereador Sérgio Paiva defendeu o projeto.\n\n"
     "A engenheira Helena Vasconcelos, que assina o estudo, discorda. Na avaliação dela, a "
     "ponte «não aguenta mais dez anos».",
     "não aguenta mais", "Helena Vasconcelos"),
    # round 11: a bare source head and a lower-case qualifier is an unnamed source, not a name
    ("bare-source-with-qualifier-is-no-name",
     "Inquérito às contas do clube\n\n"
     "O Ministério Público abriu um inquérito às contas da SAD. Fonte próxima da "
     "investigação garante que os documentos «foram entregues fora de prazo».",
     "foram entregues fora", "Fonte próxima da investigação"),
    # round 11: a capitalised role word inside a body's name, then the apposed person
    ("body-name-with-role-word-before-apposed-name",
     "Bolsa sobe\n\n"
     "O diretor do banco, Paulo Fernandes, falou primeiro. \"Há espaço para otimismo\", "
     "disse.\n\n"
     "Para o analista-chefe da Gestora Mineira, Tiago Brás, o mercado exagerou. \"A alta "
     "não se sustenta\", avaliou ele.",
     "A alta não se sustenta", "Tiago Brás"),
    # round 11: an adjective and a body's acronym between the role and the name
    ("role-adjective-acronym-then-name",
     "Ponte interditada\n\n"
     "A prefeita, Lúcia Matos, anunciou a interdição. \"É por segurança\", disse.\n\n"
     "Para a professora de engenharia civil da UFMG Renata Quintela, a estrutura está no "
     "limite. \"As fissuras já eram visíveis em 2019\", explicou.",
     "As fissuras já eram", "Renata Quintela"),
    # round 11: a rank, or an article and an occupation, before the apposed name
    ("apposed-rank-before-name",
     "Incêndio em armazém\n\n"
     "De acordo com o comandante dos bombeiros, coronel Mauro Siqueira, o fogo "
     "começou de madrugada. \"Não há feridos\", afirmou.",
     "Não há feridos", "Mauro Siqueira"),
    ("apposed-article-and-occupation-before-name",
     "Feira livre\n\n"
     "A vizinha da banca, a manicure Joana Prates, reclama do barulho. \"Começam às quatro "
     "da manhã\", contou.",
     "Começam às quatro", "Joana Prates"),
    # round 11: a role after "nas palavras do/da" is definite: the person named before
    ("source-prep-contracted-article-role-refers-back",
     "Votação adiada\n\n"
     "A deputada Sónia Tavares Leal votou contra o projeto. Nas palavras da parlamentar, o "
     "texto «foi escrito à pressa».",
     "foi escrito à pressa", "Sónia Tavares Leal"),
    # round 11: a relative clause between the role and its apposed name
    ("role-relative-clause-then-apposed-name",
     "Reforma adiada\n\n"
     "O relator do projeto que tramita no Senado desde março, senador Caio Vilela (PSD-GO), "
     "chamou o adiamento de “vergonhoso”.",
     "vergonhoso", "Caio Vilela"),
    # round 11: an impersonal speech verb after the quote names the text it names
    ("incise-impersonal-se-names-the-text",
     "Hospital sem médicos\n\n"
     "A administradora Paula Reis não comentou. «Faltam doze especialistas», lê-se no "
     "relatório da Inspeção-Geral.",
     "Faltam doze especialistas", "relatório da Inspeção-Geral"),
    ("incise-modal-impersonal-se-names-the-text",
     "Hospital sem médicos\n\n"
     "A administradora Paula Reis não comentou. «As urgências fecham às 20h», pode ler-se "
     "no comunicado do sindicato.",
     "As urgências fecham", "comunicado do sindicato"),
    ("incise-impersonal-se-without-a-text-names-no-one",
     "Feira\n\n"
     "O presidente da junta, Carlos Brito, abriu a feira. «Este ano vem mais gente», dizia-se "
     "entre as bancas.",
     "Este ano vem mais gente", None),
    ("bare-plural-source-with-adjective-is-no-name",
     "Greve nos transportes\n\n"
     "A greve dos maquinistas entra no terceiro dia. Fontes sindicais admitem que a "
     "paralisação «pode durar até ao fim do mês».",
     "pode durar até", "Fontes sindicais"),
]


@pytest.mark.parametrize(("behaviour", "text", "quote", "speaker"), CASES,
                         ids=[c[0] for c in CASES])
def test_portuguese_speaker(behaviour: str, text: str, quote: str, speaker: str | None) -> None:
    brief = to_dict(analyze(text))
    found = [q for q in brief["quotes"] if q["text"].startswith(quote)]
    assert found, f"{behaviour}: no quote {quote!r} in {brief['quotes']}"
    assert found[0]["speaker"] == speaker, behaviour


@pytest.mark.parametrize("text", [
    "Protesto\n\nO presidente da câmara, Rui Matos, recusou receber os manifestantes, que "
    "exibiam uma faixa: «Queremos casas, não promessas».",
    "Protesto\n\nO presidente da câmara, Rui Matos, recusou recebê-los. Numa das faixas "
    "lia-se: «Queremos casas, não promessas».",
    "Protesto\n\nO treinador, Rui Matos, falou ontem. A claque exibiu uma tarja com a frase "
    "«Queremos casas, não promessas».",
])
def test_words_on_a_sign_are_no_speech(text: str) -> None:
    quotes = to_dict(analyze(text))["quotes"]
    assert [(q["text"], q["kind"]) for q in quotes] == [
        ("Queremos casas, não promessas", "other")]


def test_portuguese_is_a_language_with_quote_rules() -> None:
    brief = to_dict(analyze("«Vamos continuar a trabalhar», afirmou o presidente da câmara, "
                            "Nuno Cardoso, na sessão de ontem em Viseu."))
    assert brief["quotes"][0]["rule"]


def test_contraction_dela_is_no_subject() -> None:
    # "dela" (de + ela) is a possessive, never the pronoun that names a speaker.
    from newsbrief.quotes.lexicon import PRONOUNS
    assert "ela" in PRONOUNS["pt"] and "dela" not in PRONOUNS["pt"]


def test_slogan_after_title_noun_is_no_speech_of_the_clause_before() -> None:
    # "com o lema «…»" names a slogan, even a whole sentence, and even when a speech verb
    # earlier in the sentence attributes the quote before it.
    brief = to_dict(analyze("Protesto\n\n«Queremos casas», disse a dirigente do movimento, "
                            "Ana Reis, que vai liderar uma marcha com o lema «Casa para viver, "
                            "não para lucrar»."))
    slogan = [q for q in brief["quotes"] if q["text"].startswith("Casa para viver")]
    assert slogan and slogan[0]["kind"] == "other" and slogan[0]["speaker"] is None


def test_caption_without_a_photo_credit_stays_a_heading() -> None:
    # a short quoted line with no credit after a dash is a sub-heading, never speech
    brief = to_dict(analyze("Bairro recebe posto de saúde\n\n"
                            "Unidade abre em março\n\n"
                            "O secretário de Saúde, Jorge Tavares Lima, visitou a obra.\n\n"
                            "\"Vai mudar a vida do bairro\", diz secretário\n\n"
                            "A unidade vai atender 12 mil moradores."))
    kinds = [(q["text"], q["kind"], q["speaker"]) for q in brief["quotes"]]
    assert kinds == [("Vai mudar a vida do bairro", "other", None)]


def test_surname_fontes_before_its_own_verb_stays_a_name() -> None:
    # "Fontes sorriu:" - the surname of a person named before, not an unnamed source
    brief = to_dict(analyze("O treinador Rui Fontes falou ontem aos jornalistas. Questionado "
                            "sobre o mercado, Fontes sorriu: «Ainda não fechámos ninguém.»"))
    assert brief["quotes"][0]["speaker"] == "Rui Fontes"


@pytest.mark.parametrize("incise", ["declarou ao PÚBLICO", "contou à Lusa", "afirmou ao Estadão"])
def test_null_subject_incise_may_end_on_the_medium_told(incise: str) -> None:
    # "«…», declarou ao PÚBLICO.": the medium is whom it was told to; the speaker is dropped
    brief = to_dict(analyze("Obras paradas\n\nO vereador Rui Amaral criticou a demora das "
                            f"obras. «Ninguém sabe quando acabam», {incise}."))
    quote = brief["quotes"][0]
    assert (quote["speaker"], quote["rule"]) == ("Rui Amaral", "incise.null-subject")


def test_body_name_in_a_role_gives_no_gender() -> None:
    # "economista-chefe da Gestora Paulista": Gestora names the firm, not a woman
    from newsbrief.quotes.cast import Entry
    from newsbrief.quotes.gender import entry_gender
    assert entry_gender(Entry("Renato Sayeg", "economista-chefe da Gestora Paulista"), "pt") == "m"
    assert entry_gender(Entry("Renata Sayeg", "gestora do fundo"), "pt") == "f"


def test_portuguese_first_names_give_gender() -> None:
    # ele/ela and gendered role nouns agree with the people a text names by first name.
    from newsbrief.quotes.cast import Entry
    from newsbrief.quotes.gender import entry_gender
    assert entry_gender(Entry("Filipe Campos", first=0), "pt") == "m"
    assert entry_gender(Entry("Rosângela Ferraz", first=0), "pt") == "f"
