"""Recognise messages that are not questions about the content: hello, thanks, bye, who are you.

They deserve a short friendly reply, not a search, and must never be recorded as unanswered
questions. The rule is strict so that a real question is never mistaken for small talk: a message
is small talk only when it is made *entirely* of small-talk phrases and polite filler
("please", "ok", "s'il vous plaît", "пожалуйста", "请", "من فضلك", the bot's name), once
punctuation, emoji and emoticons are gone. "hello, what does UNESCO say about teacher training?"
keeps a question after "hello", so it is not small talk, and neither is "thanks to AI, can
teachers save time?" nor "help teachers use AI".

The phrase tables below are plain text, one table per language, for editors to extend. Both they
and the message are folded the same way (case, accents, Arabic letter variants, ``ё``,
apostrophes and hyphens to spaces: "qu'est-ce que" is "qu est ce que"), and any letter may be
repeated ("merciii", "holaaa", "спасибооо", "شكراااا", "谢谢谢谢"), so they are written in
their ordinary spelling, once. Arabic phrases also match with "و" ("and") joined to them.

Phrases combine: a message may hold several, with filler between them, so the tables hold the
parts people put together ("thank you" + "very much" + "for the clarification", "are you a
bot" + "or a real person") rather than every sentence. Where every opening goes with every
ending ("are you" + "a bot", "what kind of questions" + "can you answer", "very useful" + "for
my report"), the two lists are written once, in paired tables. Beyond the tables, three things that
officials type are forgiven, each only where it cannot turn a question into small talk:

* a typo in a long word, one edit from a word of the tables ("thnaks", "Здраствуйте"); short
  words are ordinary words too often ("notes" is not "noted");
* a greeting, thanks or goodbye addressed by name ("Thanks Anna", "Bonjour Madame Diallo",
  "Спасибо, Анна!") or with the Arabic vocative ("مشكور يا غالي"); a name is a capitalised word
  at the end or before punctuation, so "hello Assistant UNESCO" keeps its content;
* transliterations ("spasibo", "xiexie", "shukran").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.matching.analysis import fold_accents, normalize, normalize_arabic

LONGEST_SMALL_TALK = 120  # characters, once folded: a longer message has something to say


class Intent(StrEnum):
    """What a small-talk message is for; the conversation has one reply for each."""

    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    WHO = "who"
    CAPABILITIES = "capabilities"
    HELP = "help"


# When a message holds several ("hi, who are you?"), the more specific intent is answered.
PRIORITY = (
    Intent.CAPABILITIES,
    Intent.WHO,
    Intent.HELP,
    Intent.GOODBYE,
    Intent.THANKS,
    Intent.GREETING,
)

# fmt: off
PHRASES: dict[str, dict[Intent, tuple[str, ...]]] = {
    "en": {
        Intent.GREETING: (
            "are you there", "you there", "anyone there", "is anyone there",
            "hi", "hello", "hey", "hiya", "howdy", "hallo", "hullo", "greetings", "good morning",
            "good afternoon", "good evening", "good day", "morning", "evening", "hi there",
            "hello there", "hey there", "what's up", "whats up", "wassup", "sup", "how are you",
            "how are you doing", "how r u", "how do you do", "nice to meet you",
            "hope you are well", "i hope you are well", "hope you're well", "i hope you're well",
            "hope you're doing well", "how's it going", "how is it going", "hi all", "hello all",
            "hi again", "hello again", "yo", "good morning to you",
            "hello everyone", "hi everyone", "hey everyone", "hi hello", "hey hi", "heya",
            "hey hey", "salutations", "warm greetings", "greetings to you", "good morning all",
            "morning all", "how are you today", "how are things", "how's your day",
            "how is your day going", "hope all is well", "i hope all is well",
            "hope this finds you well", "i hope this finds you well",
            "i hope this message finds you well", "hope you are doing well",
            "i hope you are doing well", "i hope you're doing well",
            "hope you're having a good day", "pleased to meet you", "glad to meet you",
            "good to meet you", "nice to meet u", "hello hello", "hi hi", "hey you",
            "what's going on", "what's new", "what's happening",
            "gm", "good mornin",
        ),
        Intent.THANKS: (
            "thanks", "thank you", "thank u", "thx", "thnx", "thanx", "thks", "ty", "tysm", "tyvm",
            "thanks a lot", "thanks so much", "thank you so much", "thanks very much",
            "thank you very much", "many thanks", "thanks a million", "much appreciated",
            "appreciated", "i appreciate it", "cheers", "thanks for your help",
            "thanks for the help", "thank you for your help", "thanks for that",
            "thank you for that", "thanks for the answer", "thank you for the answer",
            "thanks for the info", "that helps", "that helped", "very helpful",
            "that's helpful", "that was helpful", "this is helpful", "very useful",
            "that's useful", "that was useful", "exactly what i needed", "just what i needed",
            "that's what i needed", "thank you kindly", "much obliged", "i'm grateful", "grateful",
            "ta", "thanks again", "thank you again",
            "thank you for the information", "thanks for the information",
            "thanks for the explanation", "thank you for the explanation", "thanks for explaining",
            "thank you for explaining", "thanks for clarifying", "thank you for clarifying",
            "thank you for the clarification", "thanks for the clarification",
            "thanks for the reply", "thank you for your reply", "thank you for the reply",
            "thank you for your answer", "thanks for your answer", "thank you for your time",
            "thanks for your time", "thanks for the quick answer", "thanks for the details",
            "thank you for the details", "thank you for your assistance",
            "thanks for the assistance", "thanks for your support", "thank you for your support",
            "thanks heaps", "thanks loads", "thanks a bunch", "big thanks", "huge thanks",
            "many many thanks", "thanks a ton", "appreciate it", "appreciate your help",
            "i appreciate your help", "i really appreciate it", "i appreciate that",
            "noted with thanks", "well noted", "noted", "received with thanks", "helpful", "useful",
            "informative", "that helps a lot", "this helps", "it helps", "that helped a lot",
            "that's great", "that's perfect", "that's very clear", "that's clear", "very clear",
            "that makes sense", "makes sense", "you're great", "you are great", "you're the best",
            "great answer", "good answer", "nice answer", "thanks for the answers", "thank you all",
            "that's exactly what i was looking for", "exactly what i was looking for",
            "just what i was looking for", "that answers my question", "that answers it",
            "you answered my question", "that's what i wanted to know",
            "that is what i wanted to know",
            "you've been helpful", "you have been helpful", "you've been very helpful",
            "you have been very helpful", "you've been a great help", "you've been a big help",
            "thank you for your patience", "thanks for your patience",
            "thank you for getting back to me", "thanks for getting back to me", "i'll use that",
            "i will use that", "i'll try that", "i'll look into it", "thanks for the tip",
            "thanks for the tips",
            "you're a star", "you are a star", "you're amazing", "you rock", "you are amazing",
            "tnx", "tx", "thnks", "thanq",
            "exactly what i was after", "just what i was after", "what i needed",
            "just what i need", "exactly what i need", "super helpful", "so helpful",
            "most helpful", "extremely useful", "this will help", "that will help", "it will help",
            "that'll help", "this will be useful", "that will be useful", "this will be helpful",
            "that will be helpful", "this will come in handy", "that will come in handy",
            "that'll come in handy", "that's a big help", "a big help", "a great help", "big help",
            "you helped a lot", "you've helped a lot", "you have helped a lot",
            "you helped me a lot", "you've helped me a lot", "very handy", "spot on",
            "that's spot on",
        ),
        Intent.GOODBYE: (
            "bye", "bye bye", "goodbye", "good bye", "bye for now", "see you", "see ya",
            "see you later", "see you soon", "cya", "later", "take care", "good night",
            "nighty night", "have a nice day", "have a good day", "farewell", "talk later",
            "talk to you later", "ttyl", "i'm done", "that's all", "that is all",
            "that's all for now", "that's it", "that's it for now", "that is it",
            "that's all for today", "nothing else", "no more questions", "i'm done for now",
            "i have to go", "i've got to go", "gotta go", "have a great day",
            "have a nice evening", "see you next time", "until next time", "bye now", "goodnight",
            "catch you later", "all done",
            "bye everyone", "goodbye for now", "speak soon", "talk soon", "see you around",
            "see you tomorrow", "until tomorrow", "have a good one", "have a nice weekend",
            "have a good weekend", "have a great weekend", "have a good evening",
            "have a good night", "enjoy your day", "i'll be back", "i will come back later",
            "i'll come back later", "i'll come back", "i'll get back to you",
            "i will get back to you", "signing off", "logging off", "that will be all",
            "that'll be all", "that's everything", "that's all i needed", "that is all i needed",
            "i'm all set", "i'm good", "no further questions", "no other questions",
            "no more questions for now", "nothing more", "i'm finished", "we're done",
            "done for today", "i must go", "i need to go", "i have to leave", "see you again",
            "wish you a nice day", "i wish you a good day", "i wish you a nice day",
            "talk to you soon", "speak to you soon", "catch you soon",
            "have a lovely day", "have a lovely evening", "have a wonderful day",
            "nice talking to you", "nice chatting with you", "good talking to you",
            "it was nice talking to you", "nice chatting",
            "i'm off", "i'm off now", "off i go",
            "see you next week", "until next week", "see you monday", "talk next week",
            "cu", "cu later", "c u", "c u later", "cya later", "gn",
            "talk tomorrow", "talk to you tomorrow", "speak tomorrow", "speak to you tomorrow",
            "let's talk tomorrow", "let's speak tomorrow", "let's continue tomorrow",
            "we'll continue tomorrow", "we can continue tomorrow", "continue tomorrow",
            "let's continue later", "let's continue another time", "we'll continue later",
            "let's pick this up tomorrow", "let's pick it up tomorrow", "let's resume tomorrow",
            "more tomorrow", "till tomorrow", "til tomorrow", "catch you tomorrow",
            "i'll continue tomorrow", "i'll be back tomorrow", "i'll come back tomorrow",
            "back tomorrow", "let's talk later", "let's stop here", "let's stop here for today",
            "i'll stop here", "i'll stop here for today", "that's enough for today", "night",
            "nite", "good nite", "night night", "sleep well",
        ),
        Intent.WHO: (
            "who are you", "who r u", "what are you", "who is this", "who's this", "what is this",
            "what's this", "what is this bot", "who am i talking to", "who am i speaking with",
            "are you a bot", "are you a robot", "are you human", "are you a human",
            "are you a person", "are you a real person", "are you real", "are you an ai",
            "are you ai", "are you chatgpt", "is this a bot", "is this chatgpt",
            "what is your name", "what's your name", "your name", "who made you",
            "who created you", "who built you", "who runs you", "who programmed you",
            "introduce yourself", "tell me about yourself",
            "are you gpt", "are you an llm", "is this ai", "is this an ai", "who are you exactly",
            "what are you exactly", "who am i chatting with", "who is speaking", "who's there",
            "anyone there", "is anyone there", "anybody there", "is anybody there",
            "are you from unesco", "do you work for unesco", "are you unesco", "is this unesco",
            "are you part of unesco", "is this an official unesco bot", "are you official",
            "are you an official bot", "who do you work for", "who made this bot",
            "who is behind this", "who's behind this bot", "who is behind this bot",
            "are you a chatbot",
            "is this a real person", "is this a person", "is this a human", "is this a robot",
            "am i talking to a bot", "am i talking to a human", "am i talking to a real person",
            "am i talking to a machine", "am i talking to a robot", "am i chatting with a bot",
            "am i speaking to a bot", "am i speaking to a human", "am i speaking to a real person",
            "am i speaking with a bot", "is this automated", "are you automated",
            "are you a machine", "are you a real human", "are you a live person",
            "is someone there", "is there a human", "what kind of bot are you",
            "what kind of ai are you", "who exactly are you", "who are you guys",
            "who am i writing to", "who is answering", "who is replying", "who's answering",
            "who answers", "who runs this bot", "who owns this bot", "what is your role",
            "what's your role", "is this a chatbot", "are you a program", "is this a program",
            "who is this bot", "what bot is this",
            "who am i speaking to", "who am i talking with", "who am i chatting to",
            "are you a human being", "are you a real human being", "what is this service",
            "what's this service", "what is this app", "what is this chat",
            "anybody home", "anyone home",
            "is this run by unesco", "is this made by unesco", "was this made by unesco",
            "are you made by unesco", "are you run by unesco", "is this bot run by unesco",
            "are you some kind of ai", "are you some kind of bot", "are you some sort of ai",
            "are you some kind of robot", "who do you belong to", "who do you represent",
            "who are you affiliated with", "are you affiliated with unesco",
            "are you part of unesco",
            "is there a person reading this", "is a person reading this", "is someone reading this",
            "is a human reading this",
            "anyone", "anybody", "someone there", "anyone around",
            "is this the unesco bot", "is this unesco's bot", "is this the official unesco bot",
            "are you the unesco bot", "are you run by people", "are you run by humans",
            "is this run by people", "what kind of assistant are you",
            "what sort of assistant are you", "what type of bot are you",
            "do you have a name", "have you got a name", "do you have a name or not",
            "who am i texting", "who am i texting with", "who am i messaging",
            "who am i messaging with", "who am i corresponding with", "who am i dealing with",
            "who is on the other end", "who's on the other end", "who is on the other side",
            "who's on the other side", "who is writing to me", "who's writing to me",
            "who is texting me", "who's writing",
        ),
        Intent.CAPABILITIES: (
            "what can you do", "what do you do", "what are you able to do",
            "what can you help with", "what can you help me with", "how can you help",
            "how can you help me", "what can i ask", "what can i ask you", "what should i ask",
            "what do you know", "what are you for", "what is this bot for",
            "what are your capabilities", "what are your features", "what topics do you cover",
            "what do you cover", "what can you tell me", "what questions can i ask",
            "what topics can you help with", "what topics can you help me with",
            "what subjects do you cover", "what can you answer",
            "what kind of questions can i ask", "what questions do you answer",
            "what questions can you answer", "what is your purpose", "what's your purpose",
            "what are you good for", "what are you good at", "what's this bot for",
            "what does this bot do", "what information do you have", "what topics do you know",
            "what do you know about",
            "what are you able to help with", "what are you able to help me with",
            "what can you help us with", "what could you help me with", "what can i use you for",
            "what can you be used for", "what do you offer", "what kind of help can you give",
            "what kind of help do you offer", "what kind of things can you do",
            "what sort of things can you do", "what sort of questions can i ask",
            "what type of questions can i ask", "which questions can i ask", "what can i ask about",
            "what can i ask you about", "what kind of questions do you answer",
            "what questions do you handle", "what do you help with", "what is your scope",
            "what's your scope", "what areas do you cover", "which topics do you cover",
            "what do you specialise in", "what do you specialize in", "tell me what you can do",
            "show me what you can do", "what are your functions", "what can this bot do",
            "what does this bot know", "what is this for", "what's this for",
            "how can you assist me", "how can you assist", "what can you assist with",
            "what can you assist me with", "what can you do for me",
            "what can you help me with today", "what do you answer",
            "what kind of questions can you answer", "what can you tell me about",
            "what kind of things can i ask you", "what kind of things can i ask",
            "what sort of things can i ask", "what things can i ask", "what are you here for",
            "why are you here", "what are you meant for", "what are you designed for",
            "what were you made for",
            "what services do you offer", "what services do you provide", "what do you provide",
            "what do you propose",
            "what can i do here", "what can i do with you", "what can i do with this bot",
            "what are you capable of", "what can you do for me", "what could you do for me",
            "tell me what you do", "tell me what you can help with", "tell me what i can ask",
            "is there anything you can help me with", "anything you can help with",
            "what can you help with then",
            "which topics can i ask about", "which topics can i ask", "what topics can i ask about",
            "which subjects can i ask about", "which questions can you answer",
            "what do you know how to do", "what do you know how to answer",
            "what are you able to answer", "what can you help me do",
            "what kind of help can you offer", "what sort of help can you give",
            "what sort of help do you offer", "what kind of help do you provide",
            "how could you help me", "how can you be of help", "in what way can you help",
            "in what ways can you help", "in what way can you help me",
            "in what ways can you help me", "what can i get help with",
        ),
        Intent.HELP: (
            "help", "help me", "help pls", "i need help", "need help", "can you help",
            "can you help me", "could you help me", "please help", "sos", "how does this work",
            "how does it work", "how do i use this", "how do i use you", "how to use",
            "how to use this bot", "instructions", "commands", "menu", "i'm lost", "i am lost",
            "how should i ask", "how should i ask my questions", "how should i ask my question",
            "how do i ask", "how do i ask a question", "how should i phrase my question",
            "how do i phrase my question", "how to ask", "how do i start", "where do i start",
            "i don't understand", "i don't know how to use this", "how does this bot work",
            "getting started", "can you explain how this works", "i'm confused", "guide me",
            "i'm a bit lost", "i am a bit lost", "lost", "i need some help", "need some help",
            "can i get some help", "can someone help me", "can anyone help", "can somebody help me",
            "i need assistance", "how do i use it", "how to use it", "how do you work",
            "how can i ask a question", "how can i use this", "how can i use you",
            "how should i use this", "how do i use this bot", "what do i do", "what should i do",
            "what do i do now", "what do i type", "what should i type", "how do i search",
            "i don't get it", "i don't get how this works", "i don't understand how this works",
            "i don't understand how to use this", "explain how this works", "show me how",
            "tutorial", "user guide", "faq", "start", "how does this thing work", "could you help",
            "would you help me", "please help me", "help please", "i need your help", "i'm stuck",
            "how can i get started", "how do i get started", "i don't know what to ask",
            "i don't know where to start", "i don't know how to start", "where should i start",
            "what do i ask", "what should i ask you",
            "i need a hand", "can you give me a hand", "give me a hand",
            "what's the best way to ask you something", "what's the best way to ask a question",
            "what is the best way to ask", "how best to ask", "what is the best way to use you",
            "i'm not sure how to use this", "not sure how this works",
            "i'm not sure how this works", "i am not sure how to use this", "could you help me out",
            "can you help me out", "help me out", "i'm not sure what to ask",
            "not sure what to ask",
            "i have no idea how this works", "no idea how this works",
            "i have no idea how to use this", "can you assist me", "could you assist me",
            "explain how it works", "explain how you work", "explain how to use you",
            "can you explain how to use this",
            "where do i begin", "where should i begin", "how do i talk to you",
            "how do i speak to you", "how do i chat with you",
            "any tips on how to use this", "any tips", "tips on how to use this",
            "how do i use this best", "any advice on how to use this",
            "how do i get help", "how can i get help", "where can i get help", "i need support",
            "need support", "i need some support",
            "how 2 use", "how to use it",
        ),
    },
    "fr": {
        Intent.GREETING: (
            "bonjour", "bonsoir", "salut", "coucou", "allô", "allo", "hello", "bonjour à tous",
            "salut à tous", "bonjour tout le monde", "re bonjour", "rebonjour", "wesh", "cc",
            "bjr", "slt", "ça va", "comment ça va", "comment allez vous", "vous allez bien",
            "tu vas bien", "enchanté", "enchantée",
            "j'espère que vous allez bien", "j'espère que tu vas bien",
            "j'espère que vous vous portez bien", "comment vas tu", "comment tu vas",
            "bien le bonjour", "bonjour à vous", "salut tout le monde", "hey",
            "bonjour monsieur", "mes salutations", "salutations", "bien le bonsoir",
            "bonjour bonjour", "rebonsoir", "re bonsoir", "re", "yo", "hello tout le monde",
            "bonjour à toutes et à tous", "bonjour à toutes", "bonsoir à toutes et à tous",
            "salut à toi", "coucou à tous", "comment allez vous aujourd'hui", "ça va bien",
            "ça roule", "quoi de neuf", "j'espère que tout va bien",
            "j'espère que vous allez bien aujourd'hui", "ravi de vous rencontrer",
            "ravie de vous rencontrer", "enchanté de faire votre connaissance", "bjour", "bnjr",
            "bsr", "salut salut", "bonjour à vous tous", "bonjour chers collègues", "allo allo",
            "vous allez bien aujourd'hui",
            "cv", "slt cv", "cc cv", "sa va",
        ),
        Intent.THANKS: (
            "merci chef", "merci bcp chef", "merci patron",
            "merci", "merci beaucoup", "merci bien", "merci mille fois", "mille mercis",
            "merci infiniment", "grand merci", "un grand merci", "mci", "mrc", "merki",
            "je vous remercie", "je te remercie", "merci pour votre aide", "merci pour ton aide",
            "merci pour la réponse", "merci pour votre réponse", "merci pour ta réponse",
            "merci pour l'info", "merci pour les infos", "c'est gentil", "c'est très gentil",
            "trop gentil", "ça m'aide", "ça m'a aidé", "très utile",
            "merci encore", "encore merci", "merci d'avance", "merci pour tout",
            "c'est très utile", "c'est utile", "exactement ce qu'il me fallait",
            "c'est ce qu'il me fallait", "ça répond à ma question", "vous m'avez aidé",
            "tu m'as aidé", "vous m'avez bien aidé", "je vous en remercie", "remerciements",
            "avec mes remerciements", "merci à vous", "merci à toi",
            "merci bcp", "mci bcp", "mrc bcp", "merci à vous tous", "un grand merci à vous",
            "merci de votre aide", "merci de ton aide", "merci de votre réponse",
            "merci de la réponse", "merci du retour", "merci pour le retour", "merci pour l'aide",
            "merci du fond du coeur", "c'est noté", "bien noté", "noté", "bien reçu",
            "c'est parfait", "c'est clair", "très clair", "c'est très clair", "très instructif",
            "très intéressant", "intéressant", "c'est super", "c'est top", "vous êtes génial",
            "tu es génial", "ça m'aide beaucoup", "ça m'a beaucoup aidé", "ça m'a été utile",
            "ça m'a été très utile", "utile", "ça aide", "je vous suis reconnaissant",
            "je vous suis reconnaissante", "reconnaissant", "reconnaissante", "c'est aimable",
            "très aimable", "vous êtes très aimable", "merci pour ces précisions",
            "je vous remercie pour ces précisions", "je vous remercie beaucoup",
            "je vous remercie infiniment", "merci mille fois pour votre aide", "mercii", "mercie",
            "mersi", "merci pour les précisions", "merci pour l'explication",
            "merci pour les explications", "c'est exactement ce que je cherchais",
            "c'est ce que je cherchais", "ça me suffit",
            "vous m'avez beaucoup aidé", "vous m'avez beaucoup aidée", "vous m'avez aidée",
            "tu m'as aidée", "tu m'as beaucoup aidé", "tu m'as beaucoup aidée",
            "ça m'a beaucoup aidée", "vous m'avez bien aidée",
            "très gentil de votre part", "gentil de votre part", "c'est gentil de votre part",
            "c'est gentil de ta part", "gentil de ta part", "gentil",
            "je vous remercie vivement", "merci vivement", "ça m'éclaire", "ça m'éclaire beaucoup",
            "c'est éclairant", "très éclairant", "instructif", "c'est très instructif",
            "c'est exactement ce dont j'avais besoin", "exactement ce dont j'avais besoin",
            "c'est ce dont j'avais besoin", "ce dont j'avais besoin",
            "c'est exactement ce que je voulais", "ça m'est très utile", "ça m'est utile",
            "cela m'est très utile", "cela m'est utile", "ça me sera très utile",
            "ça me sera utile", "cela me sera très utile", "cela me sera utile",
            "ça va m'être très utile", "ça va m'être utile", "ça va m'aider",
            "ça va beaucoup m'aider", "cela va m'aider", "ça m'aidera", "cela m'aidera",
            "ça m'aidera beaucoup", "cela m'aide", "cela m'aide beaucoup", "cela m'a aidé",
            "cela m'a beaucoup aidé", "cela m'a été utile", "cela m'a été très utile",
            "c'est précieux", "très précieux", "c'est très précieux", "super utile", "hyper utile",
            "très pratique", "c'est pratique", "ça me rend service", "vous m'avez rendu service",
            "c'est nickel", "c'est impeccable",
        ),
        Intent.GOODBYE: (
            "au revoir", "aurevoir", "à bientôt", "à plus", "à plus tard", "à tout à l'heure",
            "à la prochaine", "à demain", "bonne journée", "bonne soirée", "bonne nuit",
            "bon week end", "ciao", "tchao", "adieu", "bye", "salut et à bientôt", "c'est tout",
            "ce sera tout",
            "c'est tout pour aujourd'hui", "c'est tout pour moi", "ce sera tout pour aujourd'hui",
            "c'est tout pour le moment", "bonne continuation", "à une prochaine fois",
            "à très bientôt", "je dois y aller", "je vous laisse", "je te laisse", "au plaisir",
            "bonne fin de journée", "bonne fin de semaine",
            "je reviendrai vers vous demain", "je reviendrai vers vous", "je reviendrai",
            "je reviendrai demain", "je reviendrai plus tard", "je reviens plus tard",
            "je repasserai", "je repasserai plus tard", "je vous recontacte",
            "je vous recontacterai", "je reviens vers vous", "bonne fin de soirée",
            "bonne après midi", "bon après midi", "bonne semaine", "bon weekend",
            "bonne fin de week end", "passez une bonne journée", "passez une bonne soirée",
            "passe une bonne journée", "passe une bonne soirée", "je m'en vais", "je dois partir",
            "je file", "j'y vais", "c'est bon pour moi", "c'est tout ce que je voulais savoir",
            "je n'ai plus de questions", "je n'ai pas d'autres questions", "pas d'autres questions",
            "plus de questions", "rien d'autre", "ce sera tout pour moi", "à plus tard alors",
            "à la revoyure", "à bientôt j'espère", "à tout de suite", "salut et merci", "bye bye",
            "au revoir et merci",
            "je vous souhaite une bonne journée", "je vous souhaite une bonne soirée",
            "je vous souhaite une excellente journée", "excellente journée", "belle journée",
            "bonne et belle journée", "excellente soirée",
            "je vous dis à bientôt", "je vous dis au revoir", "je te dis à bientôt",
            "je vous dis à demain", "je te dis à demain",
            "on continue demain", "on continuera demain", "on continue plus tard",
            "on reprend demain", "on reprendra demain", "on poursuit demain", "continuons demain",
            "nous continuerons demain", "on en reparle demain", "on se reparle demain",
            "on se parle demain", "on se dit à demain", "on se revoit demain", "je reviens demain",
            "je reviendrai vers vous plus tard", "on s'arrête là", "je m'arrête là",
            "on s'arrête là pour aujourd'hui", "je m'arrête là pour aujourd'hui", "on en reste là",
            "dors bien", "bonne nuit à vous",
        ),
        Intent.WHO: (
            "tu es qui au juste", "un robot", "un bot", "vous êtes qui au juste",
            "un robot de l'unesco", "un bot de l'unesco", "qui es tu au juste",
            "qui êtes vous au juste",
            "qui es tu", "qui êtes vous", "tu es qui", "t es qui", "vous êtes qui",
            "tu es un robot", "tu es un bot", "t es un robot", "t es un bot", "es tu un robot",
            "es tu un bot", "êtes vous un robot", "êtes vous un bot", "vous êtes un robot",
            "tu es humain", "es tu humain", "êtes vous humain", "tu es une vraie personne",
            "c'est quoi ce bot", "c'est quoi", "qu'est ce que c'est", "comment tu t'appelles",
            "tu t'appelles comment", "comment vous appelez vous", "quel est ton nom",
            "quel est votre nom", "qui t'a créé", "qui vous a créé", "qui t'a fait",
            "présente toi", "présentez vous",
            "vous travaillez pour l'unesco", "tu travailles pour l'unesco",
            "vous êtes de l'unesco", "tu es de l'unesco", "c'est l'unesco", "êtes vous l'unesco",
            "êtes vous de l'unesco", "est ce un bot de l'unesco", "qui êtes vous exactement",
            "à qui je parle", "avec qui je parle", "à qui ai je affaire", "tu es une ia",
            "vous êtes une ia", "es tu une ia", "êtes vous une ia", "es tu chatgpt",
            "tu es chatgpt", "c'est chatgpt", "vous êtes un humain", "il y a quelqu'un",
            "y a quelqu'un", "qui vous a conçu", "qui t'a conçu", "qui t'a programmé",
            "qui vous a programmé", "qui vous a développé", "vous êtes officiel", "c'est officiel",
            "c'est une vraie personne", "c'est une vraie personne qui me répond", "c'est un robot",
            "c'est un bot", "c'est un humain", "c'est une ia", "qui me répond", "qui répond",
            "qui me parle", "qui est là", "c'est qui", "vous êtes une vraie personne",
            "je parle à un robot", "je parle à une machine", "je parle à un humain",
            "je parle à une vraie personne", "je parle avec un robot", "je parle avec qui",
            "je parle à qui", "est ce un robot", "est ce un humain", "est ce une vraie personne",
            "vous êtes quoi", "tu es quoi", "t es quoi", "t es qui toi", "quel est ton rôle",
            "quel est votre rôle", "vous êtes quel genre de bot", "tu es quel genre de bot",
            "tu es un chatbot", "vous êtes un chatbot", "vous êtes une machine",
            "tu es une machine", "tu es réel", "vous êtes réel", "êtes vous réel",
            "êtes vous une vraie personne", "qui est derrière ce bot", "qui se cache derrière",
            "qui êtes vous donc",
            "c'est fait par l'unesco", "c'est géré par l'unesco",
            "vous faites partie de l'unesco", "tu fais partie de l'unesco",
            "faites vous partie de l'unesco", "fais tu partie de l'unesco",
            "vous êtes un programme informatique", "tu es un programme informatique",
            "vous représentez l'unesco", "tu représentes l'unesco",
            "je parle à quelqu'un", "quelqu'un est là", "quelqu'un me lit",
            "il y a quelqu'un qui me lit",
            "c'est bien le bot de l'unesco", "c'est le bot de l'unesco",
            "vous êtes le bot de l'unesco", "vous êtes là", "tu es là", "t es là",
            "qu'est ce que tu es", "qu'est ce que vous êtes",
            "tu as un nom", "vous avez un nom", "as tu un nom", "avez vous un nom",
            "à qui j'écris", "à qui est ce que j'écris", "à qui est ce que je parle",
            "j'écris à qui", "à qui je m'adresse", "avec qui je discute", "je discute avec qui",
            "avec qui je corresponds", "avec qui j'échange", "avec qui est ce que je parle",
            "avec qui je suis en train de parler", "à qui suis je en train de parler",
            "à qui je suis en train d'écrire", "qui est de l'autre côté",
            "qui est derrière l'écran", "qui m'écrit",
        ),
        Intent.CAPABILITIES: (
            "que sais tu faire", "qu'est ce que tu sais faire", "tu sais faire quoi",
            "que peux tu faire", "qu'est ce que tu peux faire", "tu peux faire quoi",
            "que pouvez vous faire", "qu'est ce que vous pouvez faire", "tu fais quoi",
            "que fais tu", "à quoi sers tu", "à quoi tu sers", "tu sers à quoi",
            "à quoi servez vous", "comment peux tu m'aider", "comment pouvez vous m'aider",
            "en quoi peux tu m'aider", "en quoi pouvez vous m'aider", "que puis je te demander",
            "que puis je vous demander", "qu'est ce que je peux te demander",
            "qu'est ce que je peux vous demander", "quelles sont tes fonctions",
            "quelles sont vos fonctions", "que sais tu", "qu'est ce que tu sais",
            "sur quels sujets pouvez vous me renseigner", "sur quoi pouvez vous me renseigner",
            "sur quels sujets peux tu me renseigner", "sur quels sujets peux tu m'aider",
            "sur quels sujets pouvez vous m'aider", "quels sujets couvrez vous",
            "quels sujets traitez vous", "de quoi pouvez vous parler", "de quoi peux tu parler",
            "quelles questions puis je poser", "quel genre de questions puis je poser",
            "que peut on vous demander", "vous servez à quoi", "à quoi sert ce bot",
            "ça sert à quoi", "quels sujets connaissez vous",
            "vous répondez à quel genre de questions", "tu réponds à quel genre de questions",
            "à quel genre de questions répondez vous", "à quel genre de questions réponds tu",
            "à quelles questions répondez vous", "à quelles questions réponds tu",
            "quel type de questions", "quel genre de questions", "quels types de questions",
            "vous répondez à quoi", "tu réponds à quoi", "tu peux m'aider pour quoi",
            "vous pouvez m'aider pour quoi", "tu peux m'aider sur quoi",
            "vous pouvez m'aider sur quoi", "tu peux m'aider en quoi",
            "vous pouvez m'aider en quoi", "en quoi peux tu m'être utile",
            "en quoi pouvez vous m'être utile", "quels sont les sujets", "quels sujets",
            "quels thèmes", "quels thèmes couvrez vous", "quels thèmes abordez vous",
            "quelles sont vos compétences", "quelles sont tes compétences",
            "qu'est ce que vous savez faire", "que savez vous faire", "vous savez faire quoi",
            "vous faites quoi", "que faites vous", "qu'est ce que vous faites", "à quoi ça sert",
            "que puis je demander", "qu'est ce que je peux demander", "je peux te demander quoi",
            "je peux vous demander quoi", "on peut vous demander quoi", "que peut on te demander",
            "quel est ton domaine", "quel est votre domaine", "quels sont vos domaines",
            "dans quels domaines pouvez vous m'aider", "que savez vous",
            "quelles questions peut on vous poser", "quelles questions peut on te poser",
            "quelles questions puis je vous poser", "quelles questions puis je te poser",
            "que proposez vous", "quels services proposez vous", "quels services offrez vous",
            "que proposes tu", "qu'est ce que vous proposez", "qu'est ce que tu proposes",
            "qu'est ce que vous savez", "sur quoi puis je vous interroger",
            "sur quoi puis je t'interroger", "sur quoi peut on vous interroger",
            "sur quoi puis je vous poser des questions",
            "vous pouvez faire quoi", "je peux vous poser quel type de questions",
            "je peux vous poser quelles questions", "je peux te poser quelles questions",
            "quel type de questions puis je poser", "quel type de questions puis je vous poser",
            "quelles questions je peux poser", "je peux poser quelles questions",
            "que peux tu faire pour moi", "que pouvez vous faire pour moi",
            "à quoi tu peux me servir", "à quoi pouvez vous me servir", "à quoi peux tu servir",
            "à quoi pouvez vous servir",
            "vous pouvez m'aider sur quels sujets", "tu peux m'aider sur quels sujets",
            "quelles sont vos capacités", "quelles sont tes capacités",
            "quelles sont vos possibilités",
            "quels types de questions acceptez vous", "quelles questions acceptez vous",
            "quel type de questions acceptez vous", "de quoi peut on parler",
            "de quoi on peut parler", "de quoi peut on discuter",
            "tu peux faire quoi pour moi", "vous pouvez faire quoi pour moi",
            "qu'est ce que tu peux faire pour moi", "qu'est ce que vous pouvez faire pour moi",
            "en quoi tu peux m'aider", "en quoi vous pouvez m'aider", "tu peux m'aider à quoi",
            "vous pouvez m'aider à quoi", "tu peux m'aider avec quoi",
            "vous pouvez m'aider avec quoi", "sur quoi tu peux m'aider",
            "sur quoi vous pouvez m'aider", "sur quoi peux tu m'aider",
            "sur quoi pouvez vous m'aider", "qu'est ce que tu es capable de faire",
            "qu'est ce que vous êtes capable de faire", "de quoi es tu capable",
            "de quoi êtes vous capable", "tu es capable de quoi", "vous êtes capable de quoi",
            "tu sais répondre à quoi", "vous savez répondre à quoi", "tu peux répondre à quoi",
            "vous pouvez répondre à quoi", "à quoi tu peux répondre", "à quoi vous pouvez répondre",
            "à quoi peux tu répondre", "à quoi pouvez vous répondre",
        ),
        Intent.HELP: (
            "je comprends pas comment ça marche", "je ne comprends pas comment ça marche",
            "je ne comprends pas comment fonctionne ce bot",
            "je comprends pas comment fonctionne ce bot", "comment fonctionne ce bot",
            "vous pouvez m'expliquer comment vous utiliser",
            "tu peux m'expliquer comment t'utiliser", "comment je dois poser ma question",
            "comment dois je poser ma question", "comment poser ma question",
            "comment vous utiliser", "comment t'utiliser",
            "aide", "aide moi", "aidez moi", "à l'aide", "au secours", "j'ai besoin d'aide",
            "besoin d'aide", "tu peux m'aider", "vous pouvez m'aider", "pouvez vous m'aider",
            "peux tu m'aider", "comment ça marche", "comment ça fonctionne", "comment t'utiliser",
            "comment vous utiliser", "comment on fait", "mode d'emploi", "je suis perdu",
            "je suis perdue",
            "comment dois je formuler ma question", "comment formuler ma question",
            "comment poser ma question", "comment poser une question",
            "comment dois je poser ma question", "comment je pose une question",
            "comment je pose ma question", "comment ça s'utilise", "je ne comprends pas",
            "je ne sais pas comment faire", "comment faire", "je débute", "par où commencer",
            "je comprends pas", "je ne comprends pas comment ça marche",
            "je comprends pas comment ça marche", "je ne comprends rien", "je comprends rien",
            "j'y comprends rien", "je sais pas comment faire", "je ne sais pas comment ça marche",
            "je sais pas comment ça marche", "je ne sais pas comment vous utiliser",
            "comment je fais", "je fais comment", "on fait comment", "comment procéder",
            "comment ça se passe", "comment utiliser ce bot", "comment utiliser le bot",
            "comment se servir du bot", "comment m'en servir", "comment je m'y prends",
            "que dois je faire", "qu'est ce que je dois faire", "je dois faire quoi",
            "besoin d'un coup de main", "un coup de main", "pouvez vous m'aider svp",
            "j'ai besoin de votre aide", "j'ai besoin de ton aide",
            "comment vous poser une question", "comment te poser une question",
            "comment ça marche ici", "comment on s'en sert", "je suis un peu perdu",
            "je suis un peu perdue", "aide svp", "tu peux m'aider stp",
            "je ne sais pas quoi demander", "je sais pas quoi demander",
            "je ne sais pas quoi vous demander", "je ne sais pas par où commencer",
            "je sais pas quoi faire", "je ne sais pas quoi faire",
            "comment puis je vous utiliser", "comment puis je t'utiliser", "comment dois je faire",
            "je n'arrive pas à poser ma question", "je n'arrive pas à vous utiliser",
            "je ne sais pas comment poser ma question",
            "j'ai besoin d'un peu d'aide", "un peu d'aide", "besoin d'un peu d'aide",
            "je ne sais pas comment vous poser ma question", "comment vous poser ma question",
            "je ne sais pas comment te poser ma question",
            "je ne sais pas comment formuler ma question", "je sais pas comment poser ma question",
            "je ne m'en sors pas", "je m'en sors pas", "j'y arrive pas", "je n'y arrive pas",
            "expliquez moi comment ça marche", "explique moi comment ça marche",
            "pouvez vous m'expliquer comment ça marche", "peux tu m'expliquer comment ça marche",
            "comment tu marches", "comment vous marchez", "comment tu fonctionnes",
            "comment vous fonctionnez",
            "des conseils pour bien vous utiliser", "des conseils pour vous utiliser",
            "comment bien vous utiliser", "comment bien t'utiliser",
            "des astuces pour vous utiliser",
            "aide moi à comprendre comment ça marche", "aidez moi à comprendre comment ça marche",
            "aide moi à comprendre", "aidez moi à comprendre",
        ),
    },
    "es": {
        Intent.GREETING: (
            "estás ahí", "está ahí", "hay alguien", "hay alguien ahí",
            "hola", "holi", "buenas", "buenos días", "buen día", "buenas tardes", "buenas noches",
            "hola a todos", "saludos", "qué tal", "hola qué tal", "cómo estás", "cómo está",
            "cómo están", "qué onda", "hey", "alo", "aló", "mucho gusto", "encantado", "encantada",
            "saludos cordiales", "un saludo", "un cordial saludo", "cordiales saludos",
            "buen día a todos", "qué tal todo", "cómo le va", "cómo va", "espero que esté bien",
            "espero que estés bien", "hola buenas", "muy buenas",
            "hola hola", "holis", "wenas", "buenas buenas", "hola buenos días",
            "hola buenas tardes", "hola buenas noches", "cómo andas", "cómo vas", "qué hay",
            "qué pasa", "quiubo", "saludos a todos", "muy buenos días", "muy buenas tardes",
            "hola qué tal estás", "espero que se encuentre bien", "espero que te encuentres bien",
            "espero que estén bien", "es un placer", "un placer", "encantado de saludarte",
            "gusto en saludarte", "un gusto", "qué gusto", "hola a todas", "hola a todos y todas",
            "buen día a todas", "cómo está usted", "cómo estás tú", "qué tal estás", "qué tal está",
            "saludos a todo el equipo", "cómo va todo", "qué tal va todo",
        ),
        Intent.THANKS: (
            "gracias", "muchas gracias", "mil gracias", "muchísimas gracias", "gracias mil",
            "un millón de gracias", "grax", "grcs", "grasias", "thx", "te lo agradezco",
            "se lo agradezco", "le agradezco", "te agradezco", "muy amable", "qué amable",
            "gracias por tu ayuda", "gracias por su ayuda", "gracias por la ayuda",
            "gracias por la información", "gracias por la respuesta", "gracias por responder",
            "me sirvió", "me ayudó", "muy útil",
            "le agradezco mucho", "te agradezco mucho", "me fue muy útil", "me fue útil",
            "fue muy útil", "me ha servido", "me ha sido útil", "me sirvió mucho",
            "gracias de nuevo", "justo lo que necesitaba", "es lo que necesitaba", "se agradece",
            "agradecido", "agradecida", "gracias totales", "muy agradecido", "muy agradecida",
            "gracias por la info", "gracias por todo", "gracias de verdad", "se lo agradezco mucho",
            "agradezco", "agradezco su ayuda", "agradezco tu ayuda", "muy amable de tu parte",
            "muy amable de su parte", "qué bien", "buenísimo", "muy claro", "clarísimo",
            "muy interesante", "me sirve", "me sirve mucho", "eso me sirve", "eso me ayuda",
            "me ayuda mucho", "me ha ayudado", "me ayudó mucho", "útil", "súper útil",
            "muchas gracias por todo", "mil gracias por todo", "gracias por aclararlo",
            "gracias por la aclaración", "gracias por la explicación", "gracias por su tiempo",
            "gracias por tu tiempo", "gracias por tu respuesta", "gracias por su respuesta",
            "gracias por los detalles", "muchísimas gracias por su ayuda",
            "muy agradecido por la ayuda", "anotado", "entendido gracias", "perfecto gracias",
            "excelente respuesta", "muy buena respuesta", "eres genial", "es usted muy amable",
            "justo lo que buscaba", "es lo que buscaba", "graciass",
            "eres amable", "es usted amable", "qué amable eres", "eres muy amable", "es muy amable",
            "me quedó claro", "quedó claro", "me queda claro", "ya me quedó claro", "todo claro",
            "te agradezco un montón", "gracias un montón",
            "me es muy útil", "me es útil", "es muy útil", "esto es muy útil", "eso es muy útil",
            "me será muy útil", "me será útil", "me va a servir", "me va a servir mucho",
            "me va a ser muy útil", "me va a ser útil", "me sirve un montón", "me viene muy bien",
            "me viene genial", "me viene de maravilla", "es justo lo que necesitaba",
            "eso es justo lo que necesitaba", "exactamente lo que necesitaba",
            "es exactamente lo que necesitaba", "justo lo que necesito", "lo que necesitaba",
            "muy práctico", "qué útil", "re útil", "me re sirvió", "re sirve", "me ayudaste",
            "me ayudaste mucho", "me has ayudado mucho", "me ayudó un montón", "nos ayudó mucho",
            "nos sirvió mucho", "me salvaste", "me salvó", "información muy útil",
            "información valiosa",
        ),
        Intent.GOODBYE: (
            "adiós", "adios", "hasta luego", "hasta pronto", "hasta mañana", "hasta la próxima",
            "nos vemos", "chao", "chau", "bye", "que tengas buen día", "que tenga buen día",
            "que te vaya bien", "feliz día", "cuídate", "eso es todo", "es todo",
            "me despido", "me despido atentamente", "atentamente", "hasta la vista",
            "que tenga buena tarde", "que tengas buena tarde", "eso es todo por hoy",
            "eso sería todo", "nada más", "por ahora es todo", "me tengo que ir",
            "que le vaya bien",
            "adiós a todos", "hasta otra", "nos vemos luego", "nos vemos pronto",
            "nos vemos mañana", "luego hablamos", "hablamos luego", "hablamos",
            "que tengas un buen día", "que tenga un buen día", "que tengas un lindo día",
            "que tenga un excelente día", "buen fin de semana", "feliz fin de semana",
            "que descanses", "cuídese", "me voy", "ya me voy", "tengo que irme",
            "eso es todo por ahora", "es todo por ahora", "por ahora nada más",
            "no tengo más preguntas", "ninguna pregunta más", "ya está", "listo", "eso era todo",
            "volveré", "volveré más tarde", "vuelvo luego", "luego vuelvo", "te escribo luego",
            "le escribo luego", "le escribo mañana", "hasta la próxima vez",
            "que tenga buena noche", "que tengas buena noche", "buenas noches y gracias",
            "chau chau",
            "le deseo un buen día", "te deseo un buen día", "les deseo un buen día",
            "le deseo un excelente día",
            "nos vemos otro día", "hasta otro día",
            "seguimos mañana", "mañana seguimos", "continuamos mañana", "mañana continuamos",
            "lo seguimos mañana", "seguimos luego", "seguimos después", "después seguimos",
            "hablamos mañana", "mañana hablamos", "después hablamos", "nos hablamos",
            "nos hablamos mañana", "seguimos en contacto", "te escribo mañana", "vuelvo mañana",
            "que duermas bien", "que pase buena noche", "que pases buena noche", "feliz noche",
            "linda noche", "buena noche", "que tengas linda noche", "lo dejamos aquí",
            "dejémoslo aquí", "lo dejamos por hoy", "dejémoslo por hoy", "hasta aquí por hoy",
        ),
        Intent.WHO: (
            "quién eres", "quien eres tú", "tú quién eres", "quién es usted", "quién sos",
            "qué eres", "eres un bot", "eres un robot", "eres humano", "eres una persona",
            "eres real", "eres una ia", "es usted un robot", "cómo te llamas", "cuál es tu nombre",
            "cómo se llama", "quién te creó", "quién te hizo", "quién te programó", "preséntate",
            "qué es esto",
            "con quién hablo", "con quién estoy hablando", "a quién le hablo", "quién me responde",
            "eres chatgpt", "es chatgpt", "usted es de la unesco", "eres de la unesco",
            "es usted de la unesco", "es de la unesco", "trabajas para la unesco",
            "trabaja para la unesco", "eres una persona real", "eres una persona real o una ia",
            "eres real o una ia", "eres humano o una máquina", "eres un bot o una persona",
            "eres una persona o un bot", "hay alguien ahí", "hay alguien",
            "quién eres exactamente", "qué eres exactamente", "eres oficial",
            "eres una inteligencia artificial",
            "quién es", "quién habla", "quién responde", "quién me está respondiendo",
            "quién está detrás", "quién está detrás de esto", "quién te desarrolló",
            "de dónde eres", "qué tipo de bot eres", "qué clase de bot eres", "eres un chatbot",
            "eres una máquina", "eres una persona de verdad", "hablo con una persona",
            "hablo con un robot", "hablo con un bot", "hablo con una máquina",
            "hablo con un humano", "estoy hablando con un bot", "estoy hablando con una persona",
            "estoy hablando con un robot", "estoy hablando con una máquina", "es un bot",
            "es una persona", "es un robot", "usted quién es", "cuál es su nombre",
            "es usted humano", "es usted una persona", "es usted un bot", "es usted real",
            "eres humano de verdad", "cuál es tu función", "qué es usted",
            "lo hizo la unesco", "lo creó la unesco",
            "eres parte de la unesco", "es parte de la unesco", "formas parte de la unesco",
            "forma parte de la unesco", "representas a la unesco", "representa a la unesco",
            "con quién tengo el gusto", "con quién tengo el gusto de hablar",
            "es este el bot de la unesco", "este es el bot de la unesco",
            "eres el bot de la unesco", "eres de verdad", "es de verdad",
            "tienes nombre", "tienes un nombre", "tiene nombre", "tiene usted nombre",
            "qué sos", "vos quién sos", "quién sos vos", "con quién me escribo",
            "con quién estoy chateando", "con quién chateo", "a quién le escribo",
            "a quién le estoy escribiendo", "con quién me estoy escribiendo",
            "con quién me comunico", "con quién estoy conversando", "quién está del otro lado",
            "quién me escribe", "quién me contesta", "quién está ahí", "tenés nombre",
        ),
        Intent.CAPABILITIES: (
            "qué puedes hacer", "qué sabes hacer", "qué haces", "qué puede hacer",
            "qué puede hacer usted", "para qué sirves", "para qué sirve",
            "en qué me puedes ayudar", "en qué puedes ayudarme", "en qué me puede ayudar",
            "cómo me puedes ayudar", "cómo puedes ayudarme", "qué puedo preguntarte",
            "qué te puedo preguntar", "qué le puedo preguntar", "cuáles son tus funciones",
            "qué sabes", "qué temas conoces", "qué temas cubres",
            "sobre qué temas me puedes informar", "sobre qué temas me puede informar",
            "de qué temas sabes", "sobre qué puedo preguntar", "qué puedo preguntar",
            "qué tipo de preguntas puedo hacer", "qué preguntas puedo hacer",
            "para qué sirve este bot", "qué información tienes", "qué temas tratas",
            "de qué puedes hablar",
            "qué me puedes decir", "qué me puede decir", "en qué puedes ayudar",
            "en qué puede ayudar", "en qué temas me puedes ayudar", "en qué temas me puede ayudar",
            "con qué me puedes ayudar", "con qué me puede ayudar", "qué tipo de ayuda ofreces",
            "qué ofreces", "qué ofrece", "qué puedes responder", "qué preguntas respondes",
            "qué tipo de preguntas respondes", "qué tipo de preguntas contestas",
            "a qué preguntas respondes", "qué temas", "qué temas abarcas",
            "cuáles son tus capacidades", "para qué estás", "cuál es tu propósito",
            "qué información puedes darme", "qué puedo consultarte", "qué puedo consultar",
            "sobre qué puedo consultarte", "qué le puedo consultar", "qué sabe hacer",
            "qué hace usted", "qué haces exactamente", "en qué me puedes servir",
            "en qué le puedo consultar", "qué tipo de preguntas puedo hacerte",
            "qué preguntas puedo hacerte", "qué preguntas le puedo hacer",
            "para qué sirves exactamente",
            "qué servicios ofreces", "qué servicios ofrece", "qué servicios das",
            "qué servicios brindas", "qué servicios brinda",
            "qué puedo preguntarle", "qué puedo preguntarles", "qué les puedo preguntar",
            "qué puedo consultarle",
            "qué cosas puedo preguntarte", "qué cosas puedo preguntar", "qué cosas sabes",
            "qué cosas puedes hacer", "qué cosas haces", "qué cosas le puedo preguntar",
            "qué puedes hacer por mí", "qué puede hacer por mí", "qué puedes hacer para mí",
            "sobre qué temas puedo consultar", "sobre qué temas puedo preguntar",
            "de qué temas puedo preguntar",
            "qué podés hacer", "qué podés hacer por mí", "en qué me podés ayudar",
            "en qué podés ayudarme", "cómo me podés ayudar", "cómo podés ayudarme",
            "con qué me podés ayudar", "para qué servís", "qué me podés decir",
            "en qué me podés servir", "qué podés responder", "en qué temas me podés ayudar",
            "qué eres capaz de hacer", "de qué eres capaz", "qué es lo que puedes hacer",
            "qué es lo que sabes hacer", "qué es lo que haces", "en qué me puedes ser útil",
            "en qué puedes serme útil", "en qué me podés ser útil", "en qué me puede ser útil",
        ),
        Intent.HELP: (
            "ayuda", "ayúdame", "ayudame", "ayúdeme", "ayuda por favor", "necesito ayuda",
            "socorro", "me puedes ayudar", "puedes ayudarme", "me ayudas", "cómo funciona",
            "cómo funciona esto", "cómo te uso", "cómo se usa", "cómo se usa esto",
            "instrucciones", "estoy perdido", "estoy perdida",
            "cómo debo preguntar", "cómo hago una pregunta", "cómo pregunto",
            "cómo formulo mi pregunta", "cómo debo formular mi pregunta", "no entiendo",
            "no sé cómo usarlo", "no sé cómo funciona", "cómo empiezo", "por dónde empiezo",
            "primera vez que uso esto",
            "ayuda porfa", "no sé cómo", "no sé qué hacer", "no entiendo cómo funciona",
            "no entiendo cómo usarlo", "no entiendo nada", "cómo se hace", "cómo hago", "qué hago",
            "qué tengo que hacer", "qué debo hacer", "cómo funciona este bot", "cómo uso esto",
            "cómo lo uso", "cómo se utiliza", "cómo utilizarlo", "necesito una mano", "una ayudita",
            "ayudita", "me echas una mano", "me puede ayudar", "puede ayudarme",
            "me podrías ayudar", "me podría ayudar", "podrías ayudarme", "estoy confundido",
            "estoy confundida", "ando perdido", "ando perdida", "necesito su ayuda",
            "necesito tu ayuda", "cómo te pregunto", "cómo le pregunto", "cómo hago preguntas",
            "cómo funciona aquí",
            "no sé cómo usar esto", "no sé cómo usarte", "no sé cómo se usa", "no sé qué preguntar",
            "no sé por dónde empezar", "no sé cómo preguntar", "cómo usar", "cómo usarlo",
            "cómo usar esto", "cómo usarte",
            "no sé qué preguntarte", "no sé qué preguntarle",
            "no sé cómo funciona esto", "no entiendo cómo funciona esto",
            "no sé bien cómo funciona",
            "me podrías explicar cómo funciona", "me puedes explicar cómo funciona",
            "me puede explicar cómo funciona", "explícame cómo funciona",
            "explíqueme cómo funciona",
            "cómo te hago una pregunta", "cómo le hago una pregunta", "cómo te pregunto algo",
            "cómo hago una consulta", "cómo te consulto",
            "alguna recomendación para usarte bien", "algún consejo para usarte",
            "consejos para usarte", "cómo usarte bien", "algún consejo para usarte bien",
            "me explicas cómo funciona esto", "me explicas cómo funciona",
            "me explica cómo funciona",
        ),
    },
    "ru": {
        Intent.GREETING: (
            "ты тут", "вы тут", "ты здесь", "вы здесь",
            "привет", "приветик", "приветствую", "здравствуйте", "здравствуй", "здрасте",
            "здрасьте", "добрый день", "доброе утро", "добрый вечер", "доброго дня",
            "доброго времени суток", "хай", "салют", "салам", "всем привет", "привет всем",
            "как дела", "как ты", "как вы", "ку", "хелло",
            "есть кто", "есть кто нибудь", "кто нибудь здесь", "кто здесь", "здравия желаю",
            "рад знакомству", "приятно познакомиться", "как поживаете",
            "как у вас дела", "как твои дела", "доброго утра", "доброго вечера",
            "приветики", "прив", "хеллоу", "хэллоу", "здрасти", "здравствуйте всем",
            "добрый день всем", "рада знакомству", "рад познакомиться", "рада познакомиться",
            "очень приятно", "как жизнь", "как поживаешь", "как настроение", "как сам",
            "как ваши дела", "надеюсь у вас все хорошо", "надеюсь вы в порядке", "салам алейкум",
            "ассалам алейкум", "доброго дня всем", "добрый вечер всем", "доброе утро всем",
            "всем добрый день", "всем доброе утро", "всем добрый вечер", "приветствую вас",
            "приветствую всех", "здорова", "добрый денек", "доброго", "добрый",
            "privet", "zdravstvuyte", "zdravstvuite", "dobryj den", "dobriy den",
        ),
        Intent.THANKS: (
            "спасибо", "спасибо большое", "большое спасибо", "огромное спасибо",
            "спасибо огромное", "спасибочки", "спасибки", "спс", "сяп", "пасиб", "пасиба",
            "благодарю", "благодарю вас", "благодарствую", "мерси", "сенкс", "спасибо за помощь",
            "спасибо за ответ", "спасибо за информацию", "очень помогло", "очень полезно",
            "вы очень помогли", "ты очень помог",
            "то что нужно", "именно то что нужно", "это то что нужно", "как раз то что нужно",
            "спасибо еще раз", "вы мне очень помогли", "ты мне очень помог", "полезно",
            "очень полезная информация", "признателен", "признательна", "благодарен", "благодарна",
            "спасибо вам", "спасибо тебе",
            "очень помогли", "помогли", "вы помогли", "ты помог", "ты помогла", "очень помог",
            "очень помогла", "это помогло", "помогло", "спасибо за разъяснение",
            "спасибо за разъяснения", "спасибо за пояснение", "спасибо за подробный ответ",
            "спасибо за быстрый ответ", "спасибо вам большое", "большое вам спасибо",
            "огромное вам спасибо", "благодарю за помощь", "благодарю за ответ", "сенкью", "сэнкс",
            "спасибо огромнейшее", "благодарочка", "спасиб", "очень интересно", "интересно",
            "всё понятно", "все ясно", "теперь понятно", "теперь ясно", "всё ясно",
            "понятно спасибо", "вы очень помогли мне", "очень полезная информация спасибо",
            "очень признателен", "очень признательна", "благодарю вас за помощь", "это полезно",
            "спасибо за консультацию", "спасибо за информацию и помощь", "супер спасибо",
            "спасибо за уделенное время", "отличный ответ", "хороший ответ",
            "spasibo", "spasibo bolshoe", "bolshoe spasibo", "spasib",
            "вы лучший", "ты лучший", "ты лучшая", "вы лучшие", "вы супер", "ты супер",
            "ты молодец", "вы молодец", "молодец",
            "было полезно", "это было полезно", "было очень полезно",
            "вы меня выручили", "ты меня выручил", "ты меня выручила", "очень выручили", "выручили",
            "выручил", "выручила", "мне это очень поможет", "это мне очень поможет",
            "это очень поможет", "это поможет", "мне это поможет", "очень пригодится",
            "это пригодится", "мне это пригодится", "пригодится", "то что мне нужно",
            "это то что мне нужно", "именно то что мне нужно", "то что мне было нужно",
            "именно то что мне было нужно", "то что надо", "как раз то что надо", "это то что надо",
            "полезная информация", "ценная информация", "очень ценно", "ценно", "полезный ответ",
            "очень полезный ответ", "исчерпывающий ответ", "познавательно",
        ),
        Intent.GOODBYE: (
            "пока", "пока пока", "покеда", "до свидания", "досвидания", "до встречи", "до скорого",
            "до завтра", "всего доброго", "всего хорошего", "счастливо", "прощай", "прощайте",
            "бывай", "спокойной ночи", "доброй ночи", "хорошего дня", "на этом всё", "это всё",
            "на этом все", "это все на сегодня", "пока что все", "всего наилучшего", "удачи",
            "до связи", "увидимся", "мне пора", "мне нужно идти", "больше вопросов нет",
            "вопросов больше нет", "хорошего вечера",
            "на сегодня все", "на сегодня хватит", "пока все", "всем пока", "пока всем",
            "до новых встреч", "до скорой встречи", "до понедельника", "хороших выходных",
            "приятного дня", "приятного вечера", "удачного дня", "всех благ", "я пойду", "я пошел",
            "я пошла", "мне надо идти", "я ухожу", "вопросов нет", "больше ничего", "ничего больше",
            "пока хватит", "я еще вернусь", "я вернусь позже", "вернусь позже", "напишу позже",
            "потом напишу", "я потом напишу", "на этом пока все", "это пока все", "пока что всё",
            "до встречи и спасибо", "всего доброго и спасибо", "до завтра всем",
            "poka", "do svidaniya", "do svidanya",
            "желаю хорошего дня", "желаю удачи", "хорошего дня вам",
            "продолжим завтра", "завтра продолжим", "давай продолжим завтра",
            "давайте продолжим завтра", "продолжим позже", "продолжим потом",
            "давайте продолжим позже", "поговорим завтра", "завтра поговорим", "спишемся завтра",
            "спишемся", "созвонимся", "на связи", "напишу завтра", "завтра напишу",
            "я завтра напишу", "вернусь завтра", "я вернусь завтра", "на сегодня закончим",
            "на этом закончим", "давай на этом закончим", "давайте на этом закончим",
            "закончим на сегодня", "споки", "споки ноки", "сладких снов",
        ),
        Intent.WHO: (
            "я с живым человеком переписываюсь", "я переписываюсь с живым человеком",
            "я с человеком переписываюсь", "или это бот", "или это робот", "или это программа",
            "кто ты", "ты кто", "кто вы", "вы кто", "кто ты такой", "ты кто такой", "что ты такое",
            "ты бот", "ты робот", "вы бот", "вы робот", "ты человек", "вы человек", "ты живой",
            "ты настоящий", "ты ии", "это бот", "как тебя зовут", "как вас зовут",
            "как тебя звать", "кто тебя создал", "кто тебя сделал", "кто вас создал",
            "представься", "представьтесь", "что это за бот",
            "с кем я разговариваю", "с кем я говорю", "с кем я общаюсь", "с кем говорю",
            "кто со мной говорит", "ты чей бот", "чей ты бот", "чей это бот", "ты от юнеско",
            "вы от юнеско", "ты из юнеско", "вы из юнеско", "это юнеско", "ты чатгпт",
            "ты chatgpt", "ты gpt", "ты нейросеть", "вы нейросеть", "ты искусственный интеллект",
            "ты официальный бот", "вы официальный бот",
            "ты живой человек", "вы живой человек", "вы живой", "это живой человек", "это человек",
            "это робот", "я говорю с ботом", "я говорю с человеком", "я общаюсь с ботом",
            "я разговариваю с ботом", "я разговариваю с роботом", "я с ботом говорю",
            "я с ботом общаюсь", "кто мне отвечает", "кто отвечает", "кто это", "кто тут",
            "что ты за бот", "что вы за бот", "кто ты вообще", "ты программа", "вы программа",
            "ты чат бот", "ты чатбот", "вы чат бот", "кто вас сделал", "кто тебя разработал",
            "кто вас разработал", "кто тебя написал", "кто тебя запрограммировал",
            "как к вам обращаться", "как к тебе обращаться", "со мной говорит человек",
            "мне отвечает человек", "мне отвечает бот", "вы настоящий", "вы реальный человек",
            "ты реальный человек", "вы искусственный интеллект", "вы ии", "ты машина", "вы машина",
            "ты настоящий человек", "вы настоящий человек", "это настоящий человек",
            "ты вообще кто", "вы вообще кто", "кто ты вообще такой", "ты кто вообще",
            "с кем имею честь", "с кем имею честь говорить", "кто вы такие", "вы кто такие",
            "от чьего имени вы отвечаете", "от чьего имени отвечаете",
            "от чьего имени ты отвечаешь", "от чьего имени", "кто вы такой", "вы кто такой",
            "ты кто по жизни",
            "это бот юнеско", "это бот от юнеско", "ты бот юнеско", "вы бот юнеско",
            "у тебя есть имя", "у вас есть имя", "есть у тебя имя",
            "с кем я переписываюсь", "с кем переписываюсь", "кому я пишу", "с кем я веду переписку",
            "с кем я в переписке", "кто со мной переписывается", "кто мне пишет",
            "кто на том конце", "кто по ту сторону", "кто на связи", "с кем я на связи",
            "с кем общаюсь", "с кем разговариваю",
        ),
        Intent.CAPABILITIES: (
            "по каким вопросам к вам можно обращаться",
            "по каким вопросам к тебе можно обращаться",
            "с какими вопросами к вам можно обращаться", "с какими вопросами можно обращаться",
            "с какими вопросами к вам обращаться",
            "что ты умеешь", "что вы умеете", "что умеешь", "что ты можешь", "что вы можете",
            "что можешь", "что ты умеешь делать", "на что ты способен", "что ты делаешь",
            "чем ты можешь помочь", "чем вы можете помочь", "чем можешь помочь", "чем ты полезен",
            "что ты знаешь", "что вы знаете", "о чем тебя можно спросить",
            "о чем вас можно спросить", "что у тебя можно спросить", "что можно спросить",
            "для чего ты нужен", "зачем ты нужен", "какие у тебя функции",
            "какие у тебя возможности",
            "о чем ты можешь рассказать", "о чем вы можете рассказать",
            "по каким темам ты можешь помочь", "по каким темам вы можете помочь",
            "какие темы ты знаешь", "на какие вопросы ты отвечаешь",
            "на какие вопросы вы отвечаете", "на какие вопросы отвечаешь",
            "что ты можешь рассказать", "для чего этот бот", "что умеет этот бот",
            "что ты вообще умеешь",
            "что вы умеете делать", "что ты можешь делать", "что вы можете делать",
            "что можешь делать", "чем можешь быть полезен", "чем вы можете быть полезны",
            "чем ты можешь быть полезен", "в чем ты можешь помочь", "в чем вы можете помочь",
            "с чем ты можешь помочь", "с чем вы можете помочь", "чем ты занимаешься",
            "чем вы занимаетесь", "какие вопросы можно задавать", "какие вопросы тебе можно задать",
            "какие вопросы вам можно задать", "какие вопросы можно задать", "о чем можно спросить",
            "о чем можно спрашивать", "что у вас можно спросить", "что можно у тебя спросить",
            "что можно у вас спросить", "какие темы", "по каким темам", "какие темы вы знаете",
            "на какие темы ты отвечаешь", "на какие темы вы отвечаете", "в чем ты разбираешься",
            "в чем вы разбираетесь", "какие у вас функции", "какие у вас возможности",
            "для чего вы нужны", "зачем этот бот", "для чего нужен этот бот", "что умеешь делать",
            "что вы знаете вообще", "по каким вопросам можно обращаться",
            "с какими вопросами можно обращаться", "какие вопросы ты понимаешь", "о чем ты знаешь",
            "какие услуги вы предлагаете", "что вы предлагаете", "что ты предлагаешь",
            "какие у вас услуги",
            "что ты можешь мне рассказать", "что вы можете мне рассказать",
            "что ты можешь мне сказать", "что вы можете мне сказать",
            "о чем ты можешь мне рассказать", "чем ты можешь мне помочь",
            "чем вы можете мне помочь",
            "что ты можешь сделать", "что вы можете сделать", "что ты можешь сделать для меня",
            "что вы можете сделать для меня",
            "в чем ты силен", "в чем ты сильна", "в чем вы сильны",
            "на какие вопросы ты можешь ответить", "на какие вопросы вы можете ответить",
            "на какие вопросы можешь ответить",
            "чем ты можешь быть мне полезен", "чем вы можете быть мне полезны",
            "в чем ты можешь мне помочь", "в чем вы можете мне помочь",
            "с чем ты можешь мне помочь", "с чем вы можете мне помочь", "чем ты мне можешь помочь",
            "чем вы мне можете помочь", "чем можешь мне помочь", "чем можете мне помочь",
            "чем можете помочь", "чем ты мне поможешь", "чем вы мне поможете", "чем ты поможешь",
            "чем поможешь", "с чем ты помогаешь", "с чем вы помогаете",
            "что ты можешь для меня сделать", "что вы можете для меня сделать",
        ),
        Intent.HELP: (
            "помощь", "помоги", "помогите", "помоги мне", "помогите мне", "нужна помощь",
            "мне нужна помощь", "справка", "хелп", "как пользоваться", "как тобой пользоваться",
            "как это работает", "как ты работаешь", "инструкция", "я запутался", "я запуталась",
            "можешь помочь", "можете помочь",
            "как задать вопрос", "как правильно задать вопрос", "как спрашивать",
            "как мне спросить", "как сформулировать вопрос", "не понимаю как пользоваться",
            "не понимаю", "я не понимаю", "с чего начать",
            "как тут задавать вопросы", "как задавать вопросы", "как здесь задавать вопросы",
            "как тут спрашивать", "как тут пользоваться", "как здесь пользоваться",
            "как этим пользоваться", "как пользоваться ботом", "как пользоваться этим ботом",
            "как вами пользоваться", "как работает бот", "как работает этот бот", "что делать",
            "что мне делать", "я не знаю как", "не знаю как пользоваться", "не знаю с чего начать",
            "я не разобрался", "я не разобралась", "не разобрался", "не разобралась", "подскажите",
            "подскажи", "помогите разобраться", "помоги разобраться", "нужна ваша помощь",
            "требуется помощь", "как мне быть", "я не понимаю как это работает",
            "не понимаю как это работает", "не понимаю что делать", "как с тобой работать",
            "как с вами работать", "как начать",
            "как им пользоваться", "как его использовать", "как использовать",
            "как использовать бота", "как тебя использовать",
            "не знаю что спросить", "не знаю что спрашивать", "я не знаю что спросить",
            "с чего мне начать", "что спросить",
            "как этим ботом пользоваться", "как пользоваться этим ботом",
            "не подскажете", "как тут всё работает", "как всё работает", "как тут работает",
            "как здесь всё работает", "подскажите как тут всё работает",
            "объясни как тобой пользоваться", "объясните как вами пользоваться",
            "объясни как это работает", "объясните как это работает", "объясни как пользоваться",
            "объясните как пользоваться",
            "как к тебе обращаться с вопросом", "как к вам обращаться с вопросом",
            "как задать тебе вопрос", "как задать вам вопрос",
            "посоветуй как лучше задавать вопросы", "посоветуйте как лучше задавать вопросы",
            "как лучше задавать вопросы", "как лучше спрашивать", "как лучше задать вопрос",
            "не могу разобраться", "не могу понять как",
        ),
    },
    "zh": {
        Intent.GREETING: (
            "你好", "您好", "你好啊", "你好呀", "您好啊", "你们好", "大家好", "嗨", "哈喽", "哈啰",
            "哈罗", "嘿", "喂", "早上好", "早安", "早", "上午好", "中午好", "下午好", "晚上好",
            "在吗", "在不在", "你好吗", "妳好", "你好嗎",
            "打扰一下", "打扰了", "不好意思打扰一下", "有人吗", "有人在吗", "你好你好",
            "您好呀", "你们好呀", "各位好", "各位老师好", "老师好", "老师您好", "大家好呀", "早啊",
            "早上好呀", "晚上好呀", "在么", "在嘛", "最近好吗", "你还好吗", "好久不见", "初次见面",
            "很高兴认识你", "很高兴认识您", "幸会", "您早", "嗨嗨", "哈喽哈喽", "下午好呀",
            "你好你好呀",
            "nihao", "ni hao", "nin hao",
            "又见面了", "我们又见面了", "又是我",
        ),
        Intent.THANKS: (
            "谢谢", "谢谢你", "谢谢您", "谢谢啦", "谢啦", "谢了", "多谢", "多谢你", "非常感谢",
            "十分感谢", "万分感谢", "感谢", "感谢你", "感谢您", "太感谢了", "谢谢你的帮助",
            "谢谢您的帮助", "感谢你的帮助", "感谢您的帮助", "谢谢你们", "辛苦了", "谢谢回答",
            "谢谢你的回答", "謝謝", "多謝", "感謝", "3q",
            "谢谢指导", "感谢解答", "谢谢解答", "受教了", "很有帮助", "太有用了", "很有用",
            "谢谢你的解答",
            "谢谢你的帮忙", "谢谢帮忙", "谢谢您的帮忙", "多谢帮忙", "谢谢解释", "谢谢你的解释",
            "谢谢您的解答", "感谢您的解答", "感谢回复", "谢谢回复", "谢谢你的回复", "谢谢您的回复",
            "谢谢你的信息", "感谢分享", "谢谢分享", "感激不尽", "感恩", "谢谢老师", "太好了",
            "太棒了", "有用", "非常有用", "帮大忙了", "帮了大忙", "很清楚", "辛苦啦", "辛苦您了",
            "辛苦你了", "麻烦了", "麻烦你了", "麻烦您了", "谢谢啊", "谢谢哈", "感谢感谢",
            "多谢多谢", "谢谢你们的帮助", "非常有帮助", "很有启发", "受益匪浅", "讲得很清楚",
            "明白了谢谢",
            "xiexie", "xie xie", "duoxie", "xiexie ni",
            "你真好", "您真好", "你太好了", "你人真好",
            "太有帮助了", "真有帮助",
            "辛苦", "辛苦辛苦", "对我很有帮助", "对我帮助很大", "帮助很大", "这正是我需要的",
            "正是我需要的", "正是我要的", "这就是我需要的",
            "这正是我想要的", "正是我想要的", "很实用", "非常实用", "太实用了", "很有价值",
            "非常有价值", "学到了", "学习了", "收获很大",
            "受益良多", "很受用", "太及时了", "帮了我大忙", "帮我大忙了", "你帮了我大忙",
        ),
        Intent.GOODBYE: (
            "再见", "拜拜", "拜", "回见", "下次见", "明天见", "晚安", "先这样", "就这样", "再會",
            "再見", "告辞", "祝你愉快", "没有了", "没事了",
            "回头再聊", "回头聊", "改天再聊", "下次再聊", "以后再聊", "再聊", "再会",
            "今天就到这里", "就到这里", "今天就到这", "到此为止",
            "先到这里", "没有别的问题了", "没问题了", "我先走了", "下线了",
            "再见啦", "拜拜啦", "回头见", "待会见", "一会儿见", "下回见", "改天见", "周末愉快",
            "祝你一天愉快", "祝您愉快", "祝好", "保重", "晚安啦", "我先撤了", "我走了", "我下了",
            "先下了", "没别的了", "没有其他问题了", "没有问题了", "暂时没有了", "暂时就这些",
            "就这些", "就这些了", "今天先到这", "那就这样", "先这样吧", "下次再问", "我先忙了",
            "回聊",
            "zaijian", "zai jian", "baibai",
            "祝您一天愉快", "祝你有美好的一天", "祝您生活愉快", "祝工作顺利", "工作顺利",
            "明天再聊", "明天聊", "明天继续", "明天接着聊", "明天再继续", "我们明天继续",
            "咱们明天继续", "我们明天再聊", "咱们明天再聊", "明天再说",
            "改天继续", "下次继续", "回头继续", "好梦", "早点休息", "先休息了", "我去休息了",
            "我先睡了",
        ),
        Intent.WHO: (
            "你是谁", "您是谁", "你是什么", "你是哪位", "你叫什么", "你叫什么名字", "你的名字",
            "你是机器人吗", "你是机器人", "你是人吗", "你是真人吗", "你是ai吗", "你是人工智能吗",
            "你是bot吗", "谁开发的你", "谁创造了你", "谁做的你", "你是谁开发的", "你是谁做的",
            "介绍一下你自己", "自我介绍一下", "你是誰",
            "您是哪个单位的", "你是哪个单位的", "你是哪里的", "您是哪里的", "你是教科文组织的吗",
            "你是教科文组织官方的吗", "你是官方的吗",
            "你是联合国教科文组织的吗", "你是不是机器人", "你是chatgpt吗", "你是gpt吗",
            "你是真人还是机器人", "谁在回答", "你代表教科文组织吗",
            "你是官方机器人吗",
            "对面是真人还是ai", "对面是谁", "对面是机器人吗", "对面是真人吗", "你是真人还是ai",
            "你是人还是机器", "你是机器人还是真人", "是真人吗", "是机器人吗", "是ai吗", "真人吗",
            "是人工回复吗", "你是人工吗", "是人工吗", "是自动回复吗", "你是自动回复吗",
            "你是什么机器人", "你是哪个公司的", "你是哪家的", "你是聊天机器人吗", "你是谁啊",
            "您哪位", "你到底是谁", "你是人工智能还是真人", "是谁在回复", "谁在回复我",
            "你是哪个机构的", "你属于哪个机构", "你是教科文组织的机器人吗",
            "你是什么东西", "你是个什么东西",
            "请问您是", "请问你是", "您是哪位", "你是",
            "你叫啥", "你叫啥名字", "你叫什么呀",
            "这是教科文组织的机器人吗", "这是教科文组织的机器人", "你是教科文组织的机器人",
            "你有名字吗", "您有名字吗",
            "我在跟谁聊天", "我在和谁聊天", "我在跟谁说话", "我在和谁说话", "我是在跟谁聊天",
            "我是在和谁聊天", "我在跟谁对话", "我在和谁对话",
            "跟我聊天的是谁", "和我聊天的是谁", "跟我说话的是谁", "和我对话的是谁", "对方是谁",
            "谁在跟我聊天", "谁在和我聊天",
        ),
        Intent.CAPABILITIES: (
            "你能回答哪方面的问题", "你能回答哪些方面的问题", "哪方面的问题", "哪些方面的问题",
            "你能做什么", "你会做什么", "你会什么", "你可以做什么", "你能干什么", "你会干什么",
            "你有什么功能", "你有什么用", "你能帮我做什么", "你能帮我什么", "你可以帮我什么",
            "你能帮什么忙", "我可以问你什么", "我能问你什么", "我能问什么", "可以问什么",
            "你都会什么", "你知道什么", "你能做什麼",
            "有啥用", "这个机器人有什么用", "这个机器人有啥用", "你有啥用", "这个有什么用",
            "这是干什么的", "这是干嘛的", "你是干什么的", "你是干嘛的",
            "你能回答什么问题", "你能回答哪些问题", "我可以问哪些问题", "你懂什么", "你都能干啥",
            "你能干啥",
            "你都能回答哪些问题", "你能回答哪些方面的问题", "你懂哪些方面的内容", "你懂哪些",
            "你了解哪些方面", "你了解哪些方面的内容", "你知道哪些", "你涉及哪些内容",
            "你有哪些内容", "你包括哪些内容", "你覆盖哪些主题", "你能聊什么", "可以聊什么",
            "能聊些什么", "你能提供什么", "你能提供什么帮助", "你可以提供哪些帮助",
            "你能帮我干什么", "有什么功能", "都有什么功能", "哪些问题可以问", "可以问哪些问题",
            "能问些什么", "你擅长什么", "你的功能是什么", "你的用途是什么", "你是用来干什么的",
            "你能解答什么", "你能解答哪些问题", "你可以回答什么问题", "你可以回答哪些问题",
            "你主要回答什么问题", "你主要做什么", "你懂哪些方面", "我能问你哪些问题",
            "我可以问你哪些问题",
            "你可以帮我做什么", "你能帮我干嘛", "你可以帮我干什么", "你可以帮我什么忙",
            "你能帮上什么忙", "可以帮我做什么",
            "你提供什么服务", "你有什么服务", "你们提供什么服务", "你能干嘛", "你会干嘛",
            "你可以干嘛",
            "你能做些什么", "你都能做些什么", "你可以做些什么", "能做些什么", "能做什么",
            "你主要能帮什么", "你主要能做什么", "主要能帮什么", "能帮什么", "你能帮什么",
            "你都能帮什么",
            "你能为我做什么", "你可以为我做什么", "能为我做什么",
            "你会干啥", "你会啥", "你能干点啥",
            "你擅长哪些方面", "你擅长哪些", "擅长什么",
            "你能回答什么", "你可以回答什么", "能回答什么",
            "能干啥", "你能干点啥呀",
            "你知道些什么", "你懂些什么", "你会些什么", "你会做些什么",
        ),
        Intent.HELP: (
            "帮助", "帮忙", "求助", "帮帮我", "帮我", "救命", "怎么用", "如何使用", "怎么使用",
            "使用说明", "我需要帮助", "需要帮助", "你能帮我吗", "能帮我吗", "可以帮我吗",
            "怎么用你", "幫助", "幫忙",
            "不会用", "求指导", "怎么提问", "该怎么提问", "如何提问", "怎么问", "我该怎么问",
            "不知道怎么用", "不懂怎么用", "教教我",
            "新手求助", "第一次用",
            "怎么用啊", "这个怎么用", "如何使用这个机器人", "怎么使用你", "我不会用", "看不懂",
            "不太懂", "不明白", "我不明白", "不太会用", "不太会", "我不太会", "怎么操作",
            "如何操作", "怎么搞",
            "我该怎么办", "怎么办", "请教一下怎么用", "帮个忙", "能帮个忙吗", "帮我一下", "求帮助",
            "需要帮忙", "使用方法", "使用指南", "说明", "菜单", "指令", "怎么提问比较好",
            "应该怎么问", "不知道怎么问", "不知道问什么",
            "我该问什么", "我应该问什么", "问什么好", "我可以问什么", "不知道从哪里开始",
            "从哪里开始", "从哪开始", "不知道该问什么",
            "我不太会用", "我不太会用这个", "我不知道怎么用", "我不懂怎么用",
            "请问怎么用", "解释一下怎么用", "给我讲讲怎么用",
            "有什么使用技巧吗", "有什么使用技巧", "使用技巧", "有什么技巧",
            "教我怎么用", "教教我怎么用",
            "咋用", "咋整", "咋弄", "怎么整", "咋问",
        ),
    },
    "ar": {
        Intent.GREETING: (
            "هل انت هنا", "انت هنا", "في حد هنا", "فيه احد",
            "مرحبا", "مرحبًا", "مرحبا بك", "اهلا", "أهلا", "أهلا وسهلا", "اهلين", "هلا",
            "هلا والله", "السلام عليكم", "سلام عليكم", "السلام عليكم ورحمة الله",
            "السلام عليكم ورحمة الله وبركاته", "سلام", "وعليكم السلام", "صباح الخير", "صباح النور",
            "مساء الخير", "مساء النور", "تحية طيبة", "تحياتي", "هاي", "كيف حالك", "كيفك", "salam",
            "salaam", "salam alaikum", "assalamu alaikum", "as salamu alaykum", "salamu alaikum",
            "slm", "marhaba", "ahlan",
            "اهلا بك", "مرحبا بكم", "يسعد صباحك", "يسعد مساك", "هلا وغلا", "كيف الحال", "كيفكم",
            "شلونك", "ازيك", "اخبارك", "السلام عليكم جميعا",
            "تحية طيبة وبعد", "عليكم السلام", "اهلين وسهلين", "اهلا وسهلا بك", "أهلا بكم",
            "مرحبتين", "مراحب", "هلا بك", "هلا فيك", "صباحو", "صباح الورد", "صباح الفل",
            "مساء الورد", "مساء الفل", "تحياتي لك", "تحياتي لكم", "تحية", "تحية لكم", "كيف حالكم",
            "شلونكم", "عامل ايه", "ازيكم", "اخبارك ايه", "ان شاء الله بخير", "اتمنى ان تكون بخير",
            "أرجو أن تكون بخير", "اتمنى انك بخير", "نهارك سعيد", "سعدت بمعرفتك", "تشرفنا",
            "تشرفت بمعرفتك", "هلو", "هالو", "مرحبا مرحبا", "السلام عليكم والرحمة",
            "سلام الله عليكم", "مساء الخيرات", "صباح الخيرات",
            "marhaban", "ahlan wa sahlan", "ahlan wasahlan",
        ),
        Intent.THANKS: (
            "ما قصرت", "ما قصرتوا", "ما قصرتي", "مشكور ما قصرت",
            "شكرا", "شكرًا", "شكرا جزيلا", "شكرًا جزيلًا", "شكرا لك", "شكرا لكم", "شكرا كثيرا",
            "الف شكر", "ألف شكر", "مشكور", "مشكورة", "متشكر", "متشكرة", "يعطيك العافية",
            "جزاك الله خيرا", "بارك الله فيك", "شكرا على المساعدة", "شكرا على مساعدتك",
            "شكرا على الرد", "شكرا على الإجابة", "أشكرك", "نشكرك", "shukran", "shokran",
            "مفيد جدا",
            "جزاك الله خير", "جزاكم الله خير", "جزاكم الله خيرا", "شكرا جزيلا لك", "مشكورين",
            "تسلم", "تسلمي", "الله يعطيك العافيه", "يعطيك الف عافيه", "ممتن", "ممتنه",
            "شكرا على المعلومات", "افدتني", "مفيد", "كلامك مفيد",
            "الله يجزاك خير", "الله يجزيك خير", "جزاك الله كل خير", "الله يعطيك الصحة", "تسلم ايدك",
            "تسلم يدك", "تسلم يداك", "ربي يحفظك", "الله يحفظك", "بارك الله فيكم", "كثر خيرك",
            "شكرا لحضرتك", "ممنون", "ميرسي", "ميرسي كتير", "شكرا كتير", "اشكرك جزيل الشكر",
            "اشكرك كثيرا", "أشكركم", "نشكركم", "جزيل الشكر", "لك جزيل الشكر", "معلومات قيمة",
            "معلومات مفيدة", "اجابة ممتازة", "هذا مفيد", "هذا مفيد جدا", "هذا ما احتاجه",
            "هذا ما كنت احتاجه", "واضح", "واضح جدا", "شكرا جزيلا على المعلومات القيمة", "مشكور جدا",
            "الف شكر لك", "شكرا على التوضيح", "شكرا على الشرح", "شكرا جزيلا لكم", "يعطيك الف عافية",
            "الله يسعدك", "الله يوفقك", "ربنا يخليك", "تسلم يا غالي",
            "shukran jazilan", "shokran jazilan", "shukran jazeelan",
            "وضحت الفكرة", "وضحت الصورة", "الفكرة وضحت", "فهمت الفكرة",
            "كان مفيدا", "كان مفيد", "كان مفيدا جدا", "كلامك كان مفيد",
            "مفيدة", "مفيدة جدا", "كتير مفيد", "مفيد كتير", "مرة مفيد", "مفيد مرة", "استفدت",
            "استفدت كثيرا", "استفدت كتير", "استفدت منك", "ساعدتني", "ساعدتني كثيرا", "ساعدتني كتير",
            "لقد ساعدتني", "لقد افدتني", "افادني", "افادتني", "نفعتني", "نفع الله بك",
            "الله ينفع بك", "الله يبارك فيك", "هذا بالضبط ما احتاجه", "هذا ما احتاجه بالضبط",
            "بالضبط ما احتاجه", "بالضبط ما كنت احتاجه", "هذا ما كنت ابحث عنه",
            "هذا اللي كنت محتاجه", "هذا اللي محتاجه", "هذا اللي احتاجه", "هذا اللي بدي اياه",
            "هذا اللي كنت بدي اياه", "هذا اللي ابغاه", "هذا اللي كنت ابغاه",
            "هذا اللي كنت ادور عليه", "هو ده اللي كنت محتاجه", "ده اللي كنت محتاجه", "جواب مفيد",
            "اجابة مفيدة", "رد مفيد",
        ),
        Intent.GOODBYE: (
            "يلا باي", "بكلمك بعدين", "بحكي معك بعدين", "بكلمك بكرة", "يلا سلام",
            "مع السلامة", "وداعا", "وداعًا", "إلى اللقاء", "الى اللقاء", "أراك لاحقا",
            "نراك لاحقا", "تصبح على خير", "تصبحون على خير", "في أمان الله", "في امان الله", "باي",
            "يوم سعيد", "هذا كل شيء",
            "باي باي", "بالتوفيق", "نلتقي لاحقا", "خلاص", "هذا كل ما لدي", "بس كذا",
            "ما عندي اسئله ثانيه",
            "خلاص كدا", "خلاص كده", "خلاص كذا", "نلتقي", "أشوفك", "اشوفك بعدين", "اشوفك على خير",
            "نشوفك", "بشوفك", "يلا باي", "يلا سلام", "في رعاية الله", "في حفظ الله", "الله معك",
            "استودعك الله", "أستودعكم الله", "ليلة سعيدة", "يومك سعيد", "عطلة سعيدة",
            "نهاية اسبوع سعيدة", "هذا كل ما أردت", "هذا كل ما اريد", "لا يوجد اسئلة اخرى",
            "ليس لدي اسئلة اخرى", "ما عندي اسئلة", "ما عندي شي", "ما في شي ثاني", "يكفي",
            "يكفي هذا", "كفاية", "بكفي", "سأعود لاحقا", "سأرجع لاحقا", "ارجع لك", "سأتواصل لاحقا",
            "سلام", "الى اللقاء القريب", "أراك قريبا", "نراكم لاحقا", "تصبحين على خير",
            "ma3a salama", "ma salama", "masalama", "maa salama",
            "اتمنى لك يوما سعيدا", "اتمنى لك يوم سعيد", "يوما سعيدا",
            "نكمل بكرة", "نكمل بكرا", "نكمل غدا", "نكمل لاحقا", "نكمل بعدين", "بكرة نكمل",
            "غدا نكمل", "نتكلم بكرة", "نتكلم بعدين", "نحكي بكرة", "نحكي بعدين", "نتواصل بكرة",
            "نتواصل غدا", "نتواصل لاحقا", "نكمل الحديث غدا", "نكمل حديثنا غدا", "نكمل النقاش غدا",
            "نكمل المحادثة غدا", "سنكمل غدا", "سنتابع غدا", "نتابع غدا", "نتابع بكرة", "اشوفك بكرة",
            "نشوفك بكرة", "الى الغد", "الى الملتقى", "تصبحوا على خير", "وانت من اهله",
            "خلينا نكمل بكرة", "خلينا نكمل بعدين", "يلا نكمل بكرة", "نكمل في وقت لاحق",
        ),
        Intent.WHO: (
            "من أنت", "من انت", "مين انت", "انت مين", "من تكون", "ما أنت", "ما انت", "ما اسمك",
            "شو اسمك", "هل أنت بوت", "هل انت بوت", "هل أنت روبوت", "هل انت روبوت", "هل أنت إنسان",
            "هل انت انسان", "هل أنت إنسان آلي", "هل أنت ذكاء اصطناعي", "انت بوت", "أنت روبوت",
            "من صنعك", "من برمجك", "من أنشأك", "من طورك", "عرفني بنفسك", "عرف بنفسك", "قدم نفسك",
            "مين صممك", "من صممك", "مين اللي صممك", "من الذي صممك", "مين عملك", "مين برمجك",
            "مين سواك", "من اللي صنعك", "هل انت من اليونسكو", "انت تابع لليونسكو",
            "هل انت تابع لليونسكو", "هل انت شات جي بي تي", "انت شات جي بي تي", "مع من اتكلم",
            "مع مين بحكي", "مع من اتحدث", "مين معي", "من معي", "هل هناك احد", "في حد", "فيه احد",
            "مين حضرتك", "من حضرتك", "حضرتك مين", "هل اتحدث مع روبوت", "هل اتكلم مع روبوت",
            "هل اتحدث مع انسان", "هل اتكلم مع انسان", "هل اتحدث مع بوت", "هل اتكلم مع بوت",
            "هل اتحدث مع شخص حقيقي", "هل اتكلم مع شخص حقيقي", "اتكلم مع مين", "بكلم مين",
            "انا بكلم مين", "انا اكلم مين", "هل انت شخص حقيقي", "هل انت حقيقي", "انت حقيقي",
            "انت انسان", "انت آلة", "هل انت آلة", "هل انت برنامج", "انت برنامج", "انت ذكاء اصطناعي",
            "ما هو اسمك", "ايش اسمك", "وش اسمك", "اسمك ايه", "اسمك ايش", "مين انتا", "مين معايا",
            "مين معاي", "من يرد", "من يجيب", "مين بيرد", "من المسؤول عنك", "لمن تتبع",
            "انت تبع مين", "انت تابع لمين", "انت شات بوت", "هل انت شات بوت", "ما هذا البوت",
            "شو هذا", "ايش هذا", "ما هو هذا البوت", "هل هذا بوت", "هل هذا روبوت", "هل هذا انسان",
            "هل انت انسان ام روبوت",
            "من تكون انت", "انت من",
            "انت تبع اليونسكو", "هل انت تابع لليونسكو", "انت من طرف اليونسكو",
            "شو انت", "ايش انت", "وش انت", "ايش انتا",
            "هل هذا بوت اليونسكو", "هذا بوت اليونسكو", "هل انت بوت اليونسكو",
            "هل لديك اسم", "عندك اسم", "هل عندك اسم", "لك اسم",
            "مع مين عم احكي", "مع مين عم بحكي", "مع مين بتكلم", "مع مين اتكلم", "مع مين عم اتكلم",
            "مع من اتواصل", "مع من اتراسل", "مع مين قاعد اتكلم", "مع مين قاعد اسولف",
            "مين اللي بيكلمني", "مين اللي بيرد علي", "مين اللي يرد علي", "مين اللي عم يحكي معي",
            "مين اللي معي", "لمن اكتب", "انا اكتب لمين", "لمين بكتب", "انا بكتب لمين",
            "مين على الخط", "انا مع مين",
        ),
        Intent.CAPABILITIES: (
            "ماذا يمكنك أن تفعل", "ماذا يمكنك ان تفعل", "ماذا تستطيع أن تفعل",
            "ماذا تستطيع ان تفعل", "ماذا يمكنك", "ماذا تفعل", "ما الذي يمكنك فعله",
            "ما الذي تستطيع فعله", "ما الذي تفعله", "ماذا تعرف", "بماذا يمكنك مساعدتي",
            "كيف يمكنك مساعدتي", "كيف تساعدني", "ما هي قدراتك", "ما قدراتك", "ما وظيفتك",
            "ما هي وظيفتك", "ما عملك", "ما هي خدماتك", "شو بتعمل", "شو بتقدر تعمل",
            "ماذا يمكنني أن أسألك", "عن ماذا يمكنني أن أسأل", "ماذا أسألك",
            "ماذا يمكنك ان تقدم", "ماذا يمكنك ان تقدم لي", "ماذا تقدم",
            "ما هي المواضيع التي تعرفها", "ما المواضيع التي تغطيها",
            "ما هي المواضيع اللي تعرف تجاوب عنها", "ما هي المواضيع التي يمكنك الاجابه عنها",
            "ما المواضيع التي يمكنك الاجابه عنها", "شو المواضيع", "ايش تعرف", "شو بتعرف",
            "عن ماذا يمكنني ان اسال", "شو فيني اسالك", "شو بقدر اسالك", "ايش اقدر اسالك",
            "وش اقدر اسالك", "شو ممكن اسالك", "ايش ممكن اسالك", "ايه اللي اقدر اسالك فيه",
            "عن شو فيني اسالك", "عن ايش اقدر اسالك",
            "في ايش تقدر تساعدني", "ايش تقدر تساعدني", "بايش تقدر تساعدني", "بماذا تستطيع مساعدتي",
            "في ماذا يمكنك مساعدتي", "فيما يمكنك مساعدتي", "كيف ممكن تساعدني", "شو بتقدر تساعدني",
            "بشو بتقدر تساعدني", "في شو بتقدر تساعدني", "ايش تقدر تسوي", "وش تقدر تسوي", "ايش تسوي",
            "وش تسوي", "شو بتسوي", "بتعمل ايه", "تقدر تعمل ايه", "ممكن تعمل ايه", "تعرف ايه",
            "بتعرف ايه", "ما الذي تعرفه", "ما هي الاسئلة التي يمكنني طرحها",
            "ما الاسئلة التي يمكنني طرحها", "ما نوع الاسئلة", "ما نوع الاسئلة التي تجيب عنها",
            "اي نوع من الاسئلة", "ما المجالات التي تغطيها", "ما هي مجالاتك", "ما هو دورك",
            "ما دورك", "ما الغرض منك", "ما فائدتك", "شو فايدتك", "ايش فايدتك", "في ماذا تساعد",
            "بماذا تساعد", "على ماذا تجيب", "عن ماذا تجيب", "ما هي الاسئلة التي تجيب عنها",
            "ايش الاسئلة اللي تجاوب عليها",
            "ماذا تستطيع ان تقدم", "ماذا تقدم لي", "ما الذي تقدمه", "ما الذي يمكنك تقديمه",
            "ما الخدمات التي تقدمها", "ماذا تعرف ان تفعل", "ما هي الخدمات التي تقدمها",
            "ماذا يمكنك ان تفعل من اجلي", "ماذا تستطيع ان تفعل من اجلي",
            "ايش تقدر تسويلي", "وش تقدر تسويلي", "شو بتقدر تعملي", "ايش تقدر تسوي لي",
            "ما الذي تجيده", "ماذا تجيد", "ما الذي تتقنه", "ماذا تتقن",
            "ما المواضيع التي استطيع السؤال عنها", "ما المواضيع التي يمكنني السؤال عنها",
            "عن اي مواضيع يمكنني السؤال",
            "شو بتعرف تعمل", "ايش تعرف تعمل", "ايش تعرف تسوي", "وش تعرف تسوي", "بتعرف تعمل ايه",
            "تعرف تعمل ايه", "شو بتقدر تساعدني فيه", "ايش اللي تقدر تسويه", "شو اللي بتقدر تعمله",
            "ايش اللي تعرفه", "شو اللي بتعرفه", "ايه اللي تقدر تعمله", "ايه اللي تعرفه",
        ),
        Intent.HELP: (
            "مساعدة", "المساعدة", "ساعدني", "كيف أستعمل هذا البوت", "كيف استخدم هذا البوت",
            "كيف أستخدم البوت", "كيف استعمل البوت", "ساعدوني", "أحتاج مساعدة", "احتاج مساعدة",
            "أحتاج إلى مساعدة", "أريد مساعدة", "اريد المساعدة", "هل يمكنك مساعدتي", "ممكن تساعدني",
            "كيف أستخدمك", "كيف استخدمك", "كيف أستخدم البوت", "كيف يعمل هذا", "كيف يعمل",
            "تعليمات", "النجدة",
            "ما فهمت", "لم افهم", "مش فاهم", "ما فهمت كيف اسال", "كيف اسال", "كيف اطرح سؤالي",
            "كيف اسال سؤالي", "كيف استعملك", "كيف استعمل البوت", "كيف استخدم البوت",
            "اول مره استخدم البوت", "اول مره استخدمه", "اول مره",
            "محتاج مساعدة", "محتاجة مساعدة", "عايز مساعدة", "عاوز مساعدة", "ابغى مساعدة",
            "ابي مساعدة", "بدي مساعدة", "ممكن مساعدة", "ممكن المساعدة", "كيف اعمل", "ازاي استخدمك",
            "ازاي اسال", "ازاي استخدم البوت", "كيف يشتغل", "كيف تشتغل", "كيف يعمل البوت",
            "كيف يعمل هذا البوت", "كيف استخدم هذا", "طريقة الاستخدام", "ما فهمت شي", "مو فاهم",
            "مش فاهمة", "مو فاهمة", "مش فاهم حاجة", "لا افهم", "انا تايه", "تايه", "انا ضايع",
            "دليل الاستخدام", "ماذا افعل", "شو اعمل", "ايش اسوي", "وش اسوي", "ساعدني لو سمحت",
            "كيف اطرح سؤال", "كيف اسأل سؤال", "كيف اسالك",
            "كيف استخدم", "كيف استخدمه",
            "كيف يمكنني استخدامك", "كيف يمكنني استخدام البوت", "كيف استطيع استخدامك",
            "كيف يمكن استخدامك", "أحتاج إلى مساعدتك", "احتاج مساعدتك", "اريد مساعدتك",
            "ممكن مساعدتك", "بحاجة الى مساعدة", "بحاجة لمساعدتك", "انا بحاجة الى مساعدة",
            "لا اعرف كيف اسال", "لا اعرف ماذا اسال", "ما اعرف كيف اسال", "ما اعرف شو اسال",
            "كيف استطيع الاستفادة منك", "كيف استفيد منك", "كيف يمكنني الاستفادة منك",
            "مش عارف استعمله", "مش عارف استخدمه", "مش عارف ازاي", "ما عرفت استخدمه",
            "مو عارف استخدمه", "مش عارف استخدمك", "ما عرفت كيف استخدمه", "مش عارفة استخدمه",
            "اشرح لي كيف استخدمك", "اشرح لي كيف يعمل", "اشرحلي كيف استخدمك", "وضح لي كيف استخدمك",
            "كيف اسالك سؤال", "كيف اسالك", "كيف اطرح عليك سؤال",
            "هل من نصائح لاستخدامك", "نصائح لاستخدامك", "اي نصائح لاستخدامك",
            "كيف استخدمك بشكل افضل",
            "علمني كيف استخدمك", "علمني كيف استخدم البوت",
        ),
    },
}

# Words that carry no request: politeness, acknowledgements, vocatives, interjections. Alone they
# are not small talk ("ok" is no intent); with a phrase they do not stop it being small talk.
FILLER: dict[str, tuple[str, ...]] = {
    "en": (
        "please", "pls", "plz", "ok", "okay", "okey", "kk", "k", "alright", "great", "cool",
        "nice", "perfect", "awesome", "good", "very good", "wonderful", "excellent", "super",
        "well", "oh", "ah", "so", "and", "again", "a lot", "lol", "haha", "hehe", "hmm", "um",
        "yes", "yeah", "yep", "sure", "fine", "got it", "understood", "i see", "there", "all",
        "everyone", "everybody", "guys", "folks", "sir", "madam", "dear", "friend", "mate",
        "buddy", "bot", "the bot", "unesco", "unesco bot", "just", "really", "then", "too",
        "you", "to you", "you too", "very much", "so much", "for everything", "for your help",
        "for the help", "for the answer", "for the info", "for that", "in advance",
        "sorry", "excuse me", "new here", "i'm new", "i am new", "i'm new here", "i am new here",
        "for now", "now", "today", "exactly", "actually", "anyway", "btw", "by the way",
        "colleagues", "dear colleagues", "team", "all of you", "kind regards", "regards",
        "best regards", "best",
        "very", "extremely", "truly", "most", "quite", "a bit", "a little", "kind of", "indeed",
        "much", "that was", "that is", "that's", "this is", "this was", "it was", "it's",
        "or a bot", "or a robot", "or a human", "or a person", "or a real person", "or human",
        "or bot", "or ai", "or an ai", "or a machine", "or not", "or what", "mr", "mrs", "ms",
        "miss", "dr", "doctor", "prof", "professor", "ma'am", "maam", "sir or madam",
        "dear sir or madam", "for the information", "for the explanation",
        "for the clarification", "for the details", "for your time", "for your reply",
        "for your answer", "for the reply", "for the quick reply", "for your assistance",
        "for this", "for all", "for all your help", "of you", "all the same", "once more",
        "as always", "thank god", "my friend", "hun", "now then", "here", "please and thank you",
        "lots", "big time", "warmly", "cordially", "sincerely", "best wishes", "with thanks",
        "many", "so very",
        "precisely", "specifically",
        "this bot", "precious", "quick", "kind",
        "same to you", "likewise", "also", "as well",
        "for your patience",
        "legend", "alright then", "you legend",
        "for me", "right now", "quick question", "a quick question", "first", "one question",
        "i'm a teacher", "i am a teacher", "i'm a civil servant", "i'm from the ministry",
        "i work for the ministry", "i work at the ministry",
        "or automated",
        "or a computer", "or a program", "or a chatbot",
        "dear assistant", "a human", "a bot", "a person",
        "np", "no problem",
        "or an agent", "or a live agent", "or a staff member", "or an employee",
        "or a unesco employee", "or someone from unesco", "or a person from unesco",
        "or a human being", "or a real human", "or a live person", "or an operator",
    ),
    "fr": (
        "s'il vous plaît", "s'il te plaît", "svp", "stp", "oui", "ouais", "d'accord", "dac",
        "daccord", "parfait", "super", "génial", "top", "bien", "très bien", "bon", "alors", "eh",
        "bah", "ben", "euh", "madame", "monsieur", "mesdames", "messieurs", "à tous",
        "tout le monde", "le bot", "encore", "et", "à vous", "à toi", "vous aussi", "toi aussi",
        "pour tout", "pour votre aide", "pour ton aide", "pour la réponse", "pour l'info",
        "d'avance", "par avance", "ah bon", "je vois", "compris", "cher", "chère", "l'ami",
        "désolé", "désolée", "pardon", "excusez moi", "excuse moi", "je suis nouveau",
        "je suis nouvelle", "nouveau ici", "nouvelle ici", "pour l'instant", "pour aujourd'hui",
        "pour le moment", "aujourd'hui", "exactement", "vraiment", "cordialement",
        "bien cordialement", "chers collègues", "collègues", "encore une fois", "l'unesco",
        "unesco", "beaucoup", "en fait", "au fait",
        "toi", "vous", "très", "tellement", "trop", "bcp", "un peu", "ou un robot", "ou un bot",
        "ou une personne", "ou un humain", "ou une vraie personne",
        "ou une vraie personne de l'unesco", "ou une personne de l'unesco", "ou une ia",
        "ou une machine",
        "ou pas", "ou non", "madame monsieur", "docteur", "professeur", "pour ces précisions",
        "pour les précisions", "pour cette précision", "pour votre réponse", "pour ta réponse",
        "pour ces informations", "pour les informations", "pour l'information",
        "pour cette réponse", "pour votre temps", "pour votre retour", "pour le retour",
        "pour l'explication", "pour ces explications", "pour les explications",
        "pour votre patience", "pour l'aide", "de votre aide", "de ton aide", "pour tout ça",
        "du fond du coeur", "à vous tous", "à toutes", "chers amis", "les amis", "mon ami", "voilà",
        "bon ben", "ok alors", "bref", "donc", "ici", "là", "demain", "bien sûr",
        "salutations distinguées", "bien à vous", "très cordialement", "respectueusement",
        "beaucoup beaucoup", "mille fois", "infiniment", "chère madame", "cher monsieur",
        "messieurs dames", "m'sieur", "mme", "mlle", "dr", "pr",
        "précisément", "au juste", "concrètement",
        "est ce que", "précieuse", "précieux", "ce bot", "ce service",
        "aussi", "également", "vous de même", "de même", "pareillement",
        "de votre réponse", "de votre réponse rapide", "pour votre retour rapide", "rapide",
        "rapidement", "l'équipe", "toute l'équipe", "à toute l'équipe", "je vous souhaite",
        "je te souhaite",
        "allez", "bon allez", "allez hop",
        "pour moi", "pour vos réponses", "pour tes réponses", "pour vos explications",
        "pour vos conseils", "je suis enseignant", "je suis enseignante", "je suis professeur",
        "je suis professeure", "je suis fonctionnaire", "je travaille au ministère",
        "c'est",
        "monsieur le robot", "le robot", "madame la robot",
        "ou un programme", "ou un agent", "ou un employé", "ou une employée", "ou un fonctionnaire",
        "ou un être humain", "ou un agent de l'unesco", "ou quelqu'un de l'unesco", "ou un chatbot",
        "ou une intelligence artificielle", "ou un vrai humain", "ou humain", "ou robot", "nickel",
        "impeccable",
    ),
    "es": (
        "por favor", "porfa", "porfavor", "porfis", "vale", "bueno", "perfecto", "genial",
        "mil", "muchas", "muy bien", "bien", "sí", "claro", "de acuerdo", "entendido", "oye",
        "señor", "señora", "amigo", "amiga", "crack", "genio", "campeón", "jefe", "jefa",
        "a todos", "a ti", "a usted", "igualmente",
        "tú también", "y", "de nuevo", "otra vez", "por todo", "por tu ayuda", "por su ayuda",
        "por la ayuda", "por la información", "de antemano", "ya veo", "ah", "oh", "jaja",
        "excelente", "estimado", "estimada",
        "perdón", "disculpe", "disculpa", "exactamente", "realmente", "de verdad", "cordiales",
        "cordialmente", "colegas", "estimados", "estimadas", "estimados colegas", "por ahora",
        "por hoy", "hoy", "mucho", "muchísimo", "soy nuevo", "soy nueva", "aquí", "la unesco",
        "unesco",
        "muy", "súper", "tan", "un poco", "o un bot", "o una persona", "o un humano", "o una ia",
        "o una máquina", "o un robot", "o no", "o qué", "don", "doña", "profesor", "profesora",
        "doctor", "doctora", "licenciado", "licenciada", "sr", "sra", "srta", "por la info",
        "por la aclaración", "por aclararlo", "por la explicación", "por su tiempo",
        "por tu tiempo", "por tu respuesta", "por su respuesta", "por los datos",
        "por los detalles", "por responder", "por la respuesta", "por esto", "por eso",
        "de todo corazón", "bendiciones", "amigos", "chicos",
        "equipo", "tú", "usted", "ustedes", "todos", "pues", "bueno pues", "ok", "okey", "okay",
        "ya", "mañana", "señores", "señorita", "querido", "querida", "muchas muchas",
        "en concreto", "concretamente",
        "este bot", "el bot", "valiosa", "valioso",
        "esto", "lo mismo digo", "también",
        "por su paciencia", "por tu paciencia", "por aquí", "soy nuevo por aquí",
        "por mí", "para mí", "soy docente", "soy profesor", "soy profesora", "soy maestro",
        "soy maestra", "soy funcionario", "soy funcionaria", "trabajo en el ministerio",
        "a todo el equipo", "todo el equipo",
        "un montón",
        "xfa", "x favor", "plis", "pls",
        "vos", "che", "o un agente", "o un empleado", "o una empleada", "o un funcionario",
        "o una funcionaria", "o un programa", "o una persona real", "o alguien de la unesco",
        "o un ser humano", "o un operador", "o una persona de verdad", "o un chatbot",
    ),
    "ru": (
        "пожалуйста", "пжл", "пж", "плиз", "пожалуй", "ок", "окей", "оке", "ладно", "хорошо",
        "понятно", "ясно", "отлично", "супер", "класс", "круто", "здорово", "ага", "да", "ну", "а",
        "и", "вам", "тебе", "вам тоже", "тебе тоже", "ещё раз", "за всё", "за помощь",
        "за ответ", "бот", "ботик", "друг", "всем", "очень", "заранее", "понял", "поняла", "хм",
        "ой",
        "вообще", "коллеги", "уважаемые коллеги", "дорогие коллеги", "коллега", "юнеско",
        "извините", "простите", "извини", "прости", "сорри", "сегодня", "пока что", "именно",
        "просто", "вот", "я новенький", "я новенькая", "я новичок", "я тут новенький",
        "я тут новенькая",
        "большое", "огромное", "очень очень", "реально", "правда", "действительно", "так",
        "или человек", "или живой человек", "или бот", "или робот", "или нет", "или программа",
        "или ии", "или машина", "или живой", "господин", "госпожа", "уважаемый", "уважаемая",
        "уважаемые", "дорогой", "дорогая", "дорогие", "друзья", "ребята", "товарищи",
        "за разъяснение", "за разъяснения", "за пояснение", "за пояснения", "за информацию",
        "за подробный ответ", "за быстрый ответ", "за ответы", "за уделенное время",
        "за ваше время", "за консультацию", "за всё это", "за это", "тут", "здесь", "уже", "тогда",
        "ну ладно", "ну хорошо", "ладненько", "хорошо хорошо", "всё", "все", "с уважением",
        "вам большое", "огромное вам", "от души", "от всей души", "честно", "кстати",
        "конкретно", "точно",
        "этот бот", "ценную", "ценная",
        "и вам", "и тебе", "взаимно", "и вам тоже", "и тебе тоже",
        "за терпение", "за ваше терпение", "желаю", "желаю вам", "желаю тебе",
        "для меня", "я учитель", "я учительница", "я преподаватель", "я из министерства",
        "я работаю в министерстве",
        "плз", "плиз", "пжлст", "пжста",
        "или сотрудник", "или сотрудник юнеско", "или оператор", "или живой оператор",
        "или настоящий человек", "или реальный человек", "или автомат", "или консультант",
    ),
    "zh": (
        "请", "请问", "麻烦", "麻烦你", "麻烦您", "啊", "呀", "呢", "吧", "啦", "哦", "噢", "嗯",
        "好", "好的", "好吧", "行", "可以", "明白了", "知道了", "了解", "哈哈", "机器人",
        "小助手", "助手", "朋友", "你", "您", "大家", "了", "的", "ok", "那", "那么", "非常",
        "很", "你的帮助", "您的帮助", "你的回答",
        "这个", "一下", "吗", "嘛", "么", "今天", "先", "不好意思", "是", "就", "这里", "这样",
        "收到", "收到了", "明白", "懂了", "清楚了", "好嘞", "好滴", "嗯嗯", "了解了", "都",
        "还是机器人", "还是真人", "还是ai", "还是人工智能", "还是人", "还是机器", "老师", "先生",
        "女士", "同学", "各位", "亲", "亲们", "哈", "嘿嘿", "呵呵", "嘻嘻", "真的", "真是", "实在",
        "太", "特别", "再次", "一直以来", "啊啊", "哇", "噢噢", "对", "对的", "没错", "是的",
        "好好", "好滴好滴", "您了", "你了", "您们", "你们",
        "到底", "究竟", "具体",
        "这个机器人",
        "你也是", "您也是", "同样",
        "的耐心解答", "您的耐心解答", "你的耐心解答", "耐心解答", "您的耐心", "你的耐心",
        "您的解答", "你的解答", "您的回复", "你的回复", "我是新来的", "我是新人", "新来的",
        "初来乍到", "聊天", "说话", "对话",
        "我是老师", "我是教师", "我是公务员", "我在教育部工作",
        "麻烦问一下", "问一下", "请问一下",
        "还是程序", "我明白了", "我懂了", "我知道了",
        "还是工作人员", "还是真人客服", "还是人工客服", "还是客服", "还是员工", "还是人工",
        "还是自动回复",
    ),
    "ar": (
        "من فضلك", "لو سمحت", "رجاء", "رجاءً", "أرجوك", "ارجوك", "يا", "بوت", "يا بوت", "أخي",
        "اخي", "يا أخي", "أختي", "حسنا", "حسنًا", "أوك", "اوكي", "تمام", "ممتاز", "جميل", "رائع",
        "طيب", "نعم", "ايوه", "و", "مرة أخرى", "جزيلا", "كثيرا", "لك", "لكم", "عليكم", "يا صديقي",
        "صديقي", "فهمت", "مقدما", "الله", "والله", "على المساعدة", "على مساعدتك", "على الرد",
        "جدا", "لي", "اللي", "كثير", "خالص", "ممكن", "اخي الكريم", "معلش", "عفوا", "اسف", "اسفه",
        "الان", "اليوم", "اليونسكو", "يونسكو", "انا جديد", "انا جديده", "انا جديد هنا",
        "ولا انسان", "ولا بوت", "ولا روبوت", "او انسان", "او بوت", "او روبوت", "ام انسان",
        "ام روبوت", "ام بوت", "ولا ايه", "ولا لا", "ام لا", "او لا", "ولا شخص", "ام شخص حقيقي",
        "ولا شخص حقيقي", "ولا ذكاء اصطناعي", "ام ذكاء اصطناعي", "ولا آلة", "ام آلة",
        "على المعلومات", "على المعلومات القيمة", "على المعلومة", "على التوضيح", "على الشرح",
        "على الإفادة", "على الاجابة", "على وقتك", "على اهتمامك", "على تعاونك", "على الجواب",
        "على كل شيء", "على كل شي", "على هذه المعلومات", "على سرعة الرد", "يا غالي", "غالي",
        "يا غالية", "يا باشا", "يا استاذ", "استاذ", "استاذي", "يا استاذة", "يا حبيبي", "حبيبي",
        "يا عزيزي", "عزيزي", "يا اختي", "يا شيخ", "يا دكتور", "دكتور", "سيدي", "سيدتي", "يا سيدي",
        "حضرتك", "الكريم", "الكريمة", "العزيز", "كدا", "كده", "كذا", "بس", "وبعد", "جزيل", "بكل",
        "الشكر", "كتير", "جدا جدا", "مرة ثانية", "مجددا", "فعلا", "حقا", "اهو", "يعني",
        "ان شاء الله", "انشالله", "الحمد لله", "الحمدلله", "هنا", "بعدين", "يا جماعة", "جماعة",
        "يا شباب", "شباب", "الجميع", "للجميع", "زملائي", "الزملاء", "يا اخوان",
        "بالضبط", "تحديدا", "بالتحديد",
        "بكم", "بك", "جميعا", "هذا البوت", "البوت", "القيمة", "القيمه",
        "وانت كذلك", "وانت ايضا", "لك ايضا", "ايضا",
        "اتمنى لك", "اتمنى لكم",
        "من اجلي", "انا معلم", "انا معلمة", "انا استاذ", "انا موظف", "انا موظفة", "اعمل في الوزارة",
        "انا من الوزارة",
        "بليز", "بلييز",
        "ولا موظف", "او موظف", "ام موظف", "ولا برنامج", "او برنامج", "ام برنامج", "بالزبط",
        "بالظبط", "ولا حد من اليونسكو",
    ),
}
# fmt: on

# Some questions are asked with many endings after many openings ("are you" / "am I talking
# to" + "a bot" / "a real person"; "who made" / "who is behind" + "you" / "this bot"), and every
# opening goes with every ending, so they are written as the two lists, not as every sentence:
# each opening followed by each ending is a phrase of that intent.
# fmt: off
WHAT_ARE_YOU: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("are you", "you are", "is this", "am i talking to", "am i speaking to",
         "am i speaking with", "am i talking with", "am i chatting with", "am i chatting to",
         "am i writing to", "is it", "am i texting with", "am i messaging with",
         "am i corresponding with", "am i dealing with", "is that"),
        ("a bot", "a robot", "a chatbot", "a chat bot", "an ai", "ai", "an assistant",
         "a virtual assistant", "an ai assistant", "a digital assistant", "a human", "human",
         "a human being", "a person", "a real person", "a real human", "a machine", "a program",
         "a computer", "automated", "real", "bot", "robot", "chatbot", "a live agent", "an agent",
         "a live person",
         "an automated system", "an automatic reply", "a language model", "a real assistant",
         "an agent of unesco", "a unesco agent", "a unesco employee", "an employee of unesco",
         "a unesco staff member", "unesco staff", "a staff member", "a member of staff",
         "someone from unesco", "a person from unesco", "a human agent", "an operator",
         "a human operator", "a real agent", "a unesco official", "a live human"),
    ),
    "fr": (
        ("tu es", "t es", "es tu", "vous êtes", "êtes vous", "est ce que tu es",
         "est ce que vous êtes", "c'est", "est ce", "je parle à", "je parle avec",
         "je discute avec", "je suis en train de parler à", "je m'adresse à", "j'écris à",
         "je corresponds avec", "je communique avec", "je suis en contact avec",
         "j'ai affaire à", "ai je affaire à", "est ce que je parle à", "est ce que je parle avec",
         "je parle bien à"),
        ("un robot", "un bot", "un chatbot", "une ia", "une intelligence artificielle",
         "un assistant", "un assistant virtuel", "une assistante virtuelle", "une machine",
         "un programme", "un humain", "humain", "humaine", "une personne", "une vraie personne",
         "un être humain", "un vrai humain", "une vraie humaine", "réel", "réelle", "un agent",
         "une réponse automatique",
         "un logiciel", "un ordinateur", "bot", "robot", "ia", "un agent de l'unesco",
         "une agente de l'unesco", "un employé de l'unesco", "une employée de l'unesco",
         "un fonctionnaire de l'unesco", "une fonctionnaire de l'unesco", "un membre de l'unesco",
         "un membre du personnel de l'unesco", "quelqu'un de l'unesco",
         "une personne de l'unesco", "un conseiller", "une conseillère", "un opérateur",
         "un agent humain", "un vrai agent"),
    ),
    "es": (
        ("eres", "es usted", "usted es", "tú eres", "hablo con", "estoy hablando con",
         "estoy chateando con", "es esto", "esto es", "le escribo a", "te escribo a", "vos sos",
         "sos", "sos vos", "ustedes son", "me responde", "me está respondiendo", "me contesta",
         "me está contestando", "estoy escribiendo a", "estoy escribiéndole a",
         "estoy conversando con", "converso con", "me comunico con"),
        ("un bot", "un robot", "un chatbot", "una ia", "una inteligencia artificial",
         "un asistente", "un asistente virtual", "una asistente virtual", "una máquina",
         "un programa", "un humano", "humano", "humana", "una persona", "una persona real",
         "real", "un agente", "una respuesta automática", "un ordenador", "una computadora", "bot",
         "robot", "ia", "chatbot", "un agente de la unesco", "un empleado de la unesco",
         "una empleada de la unesco", "un funcionario de la unesco", "una funcionaria de la unesco",
         "alguien de la unesco", "una persona de la unesco", "personal de la unesco",
         "un operador", "una operadora", "un ser humano", "una persona de verdad",
         "un humano de verdad"),
    ),
    "ru": (
        ("ты", "вы", "это", "ты что", "вы что", "ты же", "вы же", "ты вообще", "мне отвечает",
         "со мной говорит", "со мной переписывается", "мне пишет"),
        ("бот", "робот", "чат бот", "чатбот", "ии", "нейросеть", "программа", "машина",
         "человек", "живой человек", "настоящий человек", "реальный человек", "живой",
         "настоящий", "виртуальный помощник", "помощник", "ассистент", "виртуальный ассистент",
         "искусственный интеллект", "автоответчик", "компьютер", "сотрудник юнеско",
         "сотрудник", "оператор", "живой оператор", "консультант", "агент", "агент юнеско",
         "представитель юнеско", "человек из юнеско", "кто то из юнеско", "автомат",
         "автоматический ответ"),
    ),
    "zh": (
        ("你是", "您是", "这是", "对面是", "你是不是", "这是不是", "我在和", "我是在和",
         "跟我聊天的是"),
        ("机器人", "真人", "人", "ai", "人工智能", "虚拟助手", "助手", "智能助手", "聊天机器人",
         "程序", "自动回复", "人工", "客服", "人工客服", "机器", "智能客服", "ai助手",
         "教科文组织的工作人员", "工作人员", "教科文组织的人", "真人客服", "教科文组织的员工",
         "员工", "官方人员", "真人回复", "人工回复"),
    ),
    "ar": (
        ("هل انت", "انت", "هل هذا", "هذا", "هل اتحدث مع", "هل اتكلم مع", "اتكلم مع",
         "انا اتكلم مع", "هل انا اتحدث مع", "انا اتحدث مع", "هل انا اكلم", "هل تكون", "انتا",
         "انتي", "هل انتي", "انتو", "انتم", "هل انتم", "انا بحكي مع", "عم احكي مع",
         "انا عم احكي مع", "هل اتواصل مع", "انا اتواصل مع", "اتواصل مع", "انا بكلم", "بكلم",
         "هل اكلم", "انا اكلم", "قاعد اكلم", "قاعد اتكلم مع"),
        ("بوت", "روبوت", "انسان", "شخص", "شخص حقيقي", "انسان حقيقي", "آلة", "برنامج",
         "ذكاء اصطناعي", "مساعد", "مساعد افتراضي", "مساعد ذكي", "شات بوت", "حقيقي", "بشر",
         "انسان آلي", "رد آلي", "حاسوب", "كمبيوتر", "موظف", "موظف في اليونسكو",
         "موظف من اليونسكو", "من موظفي اليونسكو", "موظف حقيقي", "ممثل لليونسكو",
         "شخص من اليونسكو", "حد من اليونسكو", "برنامج كمبيوتر", "بني ادم"),
    ),
}

WHO_MADE_YOU: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("who made", "who created", "who built", "who developed", "who programmed",
         "who designed", "who runs", "who owns", "who is behind", "who's behind", "who trained",
         "who wrote", "who maintains", "who manages"),
        ("you", "this bot", "this chatbot", "this", "this service", "this assistant", "the bot",
         "this tool", "this app"),
    ),
    "fr": (
        ("qui a créé", "qui a fait", "qui a conçu", "qui a développé", "qui a programmé",
         "qui gère", "qui est derrière", "qui se cache derrière", "qui a mis en place",
         "qui t'a", "qui vous a"),
        ("ce bot", "ce chatbot", "ce robot", "ce service", "cet assistant", "cet outil", "toi",
         "vous", "le bot", "ça", "créé", "fait", "conçu", "développé", "programmé", "entraîné"),
    ),
    "es": (
        ("quién creó", "quién hizo", "quién desarrolló", "quién programó", "quién diseñó",
         "quién maneja", "quién está detrás de", "quién te", "quién lo"),
        ("este bot", "este chatbot", "este robot", "este servicio", "este asistente",
         "esta herramienta", "esto", "creó", "hizo", "desarrolló", "programó", "diseñó"),
    ),
    "ru": (
        ("кто создал", "кто сделал", "кто разработал", "кто написал", "кто запрограммировал",
         "кто придумал", "кто стоит за", "кто управляет"),
        ("тебя", "вас", "этого бота", "этот бот", "бота", "этот сервис", "этим ботом", "это"),
    ),
    "zh": (
        ("谁开发了", "谁创造了", "谁做了", "谁设计了", "谁制作了", "谁训练了", "是谁开发了",
         "谁开发的", "是谁做的", "谁在运营", "谁负责"),
        ("你", "您", "这个机器人", "这个助手", "这个程序", "这个"),
    ),
    "ar": (
        ("من صنع", "من برمج", "من طور", "من صمم", "من انشا", "مين صنع", "مين برمج", "مين عمل",
         "من وراء", "مين ورا", "من يدير"),
        ("هذا البوت", "البوت", "هذا الروبوت", "هذه الخدمة", "هذا المساعد", "هذا"),
    ),
}

# "A person or a bot?" on its own, after "who are you?" or after "are you": each thing the bot
# might be, followed by each "or" another. Neither part alone is a phrase ("a robot" may be what a
# question is about), and a question that goes on ("¿una persona o un bot debe decidir?") keeps
# its content.
HUMAN_OR_BOT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("a person", "a real person", "a human", "a human being", "a real human", "human",
         "person", "a bot", "a robot", "a chatbot", "bot", "robot", "a program", "a machine",
         "an ai", "ai", "an agent", "a live agent", "a staff member", "a unesco employee",
         "someone from unesco", "a person from unesco", "an operator", "a live person"),
        ("or a bot", "or a robot", "or a human", "or a person", "or a real person", "or human",
         "or bot", "or robot", "or person", "or ai", "or an ai", "or a machine", "or a program",
         "or a chatbot", "or a computer", "or automated", "or an agent", "or a live agent",
         "or a staff member", "or an employee", "or a unesco employee", "or someone from unesco",
         "or a person from unesco", "or a human being", "or a real human", "or a live person",
         "or an operator"),
    ),
    "fr": (
        ("un humain", "un être humain", "une personne", "une vraie personne", "un vrai humain",
         "humain", "un robot", "un bot", "un chatbot", "robot", "une ia", "une machine",
         "un programme", "une intelligence artificielle", "un agent", "un agent de l'unesco",
         "un employé de l'unesco", "quelqu'un de l'unesco"),
        ("ou un robot", "ou un bot", "ou une personne", "ou un humain", "ou une vraie personne",
         "ou une ia", "ou une machine", "ou un programme", "ou un agent", "ou un employé",
         "ou une employée", "ou un fonctionnaire", "ou un être humain", "ou un agent de l'unesco",
         "ou quelqu'un de l'unesco", "ou un chatbot", "ou une intelligence artificielle",
         "ou un vrai humain", "ou humain", "ou robot"),
    ),
    "es": (
        ("una persona", "una persona real", "una persona de verdad", "un humano", "un ser humano",
         "un humano de verdad", "humano", "persona", "un bot", "un robot", "un chatbot", "bot",
         "robot", "una ia", "una máquina", "un programa", "un agente", "un operador",
         "un empleado de la unesco", "alguien de la unesco"),
        ("o un bot", "o una persona", "o un humano", "o una ia", "o una máquina", "o un robot",
         "o un programa", "o un agente", "o un empleado", "o una empleada", "o un funcionario",
         "o una funcionaria", "o una persona real", "o alguien de la unesco", "o un ser humano",
         "o un operador", "o una persona de verdad", "o un chatbot"),
    ),
    "ru": (
        ("человек", "живой человек", "настоящий человек", "реальный человек", "бот", "робот",
         "чат бот", "программа", "машина", "ии", "нейросеть", "искусственный интеллект",
         "оператор", "живой оператор", "сотрудник", "сотрудник юнеско"),
        ("или бот", "или робот", "или человек", "или живой человек", "или настоящий человек",
         "или реальный человек", "или живой", "или программа", "или ии", "или машина",
         "или нейросеть", "или оператор", "или живой оператор", "или сотрудник",
         "или сотрудник юнеско", "или автомат", "или консультант"),
    ),
    "zh": (
        ("真人", "人", "机器人", "人工", "ai", "人工智能", "程序", "工作人员", "真人客服",
         "人工客服", "客服"),
        ("还是机器人", "还是真人", "还是ai", "还是人工智能", "还是人", "还是机器", "还是程序",
         "还是人工", "还是工作人员", "还是真人客服", "还是人工客服", "还是客服", "还是员工",
         "还是自动回复"),
    ),
    "ar": (
        ("بوت", "روبوت", "انسان", "شخص", "شخص حقيقي", "انسان حقيقي", "موظف", "برنامج", "آلة",
         "ذكاء اصطناعي", "بني ادم", "بشر"),
        ("ولا موظف", "او موظف", "ام موظف", "ولا انسان", "او انسان", "ام انسان", "ولا بوت",
         "او بوت", "ام بوت", "ولا روبوت", "او روبوت", "ام روبوت", "ولا شخص", "ولا شخص حقيقي",
         "ام شخص حقيقي", "ولا برنامج", "او برنامج", "ام برنامج", "ولا آلة", "ام آلة",
         "ولا ذكاء اصطناعي", "ام ذكاء اصطناعي", "ولا حد من اليونسكو", "ولا بني ادم",
         "او بني ادم", "ام بني ادم", "ولا بشر", "او بشر", "ام بشر", "ولا انسان حقيقي"),
    ),
}

# "What kind of questions" + "can you answer", "tu peux répondre à" + "quel genre de questions",
# "какие вопросы" + "можно задавать": every way to name the questions goes with every way to ask
# which may be put to the bot, in several orders per language.
QUESTIONS_YOU_TAKE: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "en": (
        (("what questions", "which questions", "what kind of questions", "what kinds of questions",
          "what sort of questions", "what sorts of questions", "what type of questions",
          "what types of questions", "what topics", "which topics", "what subjects",
          "which subjects", "what kind of topics", "what things", "what kind of things",
          "what sort of things", "what areas"),
         ("can i ask", "can i ask you", "could i ask", "could i ask you", "may i ask",
          "may i ask you", "should i ask", "should i ask you", "can i ask about",
          "can i ask you about", "can i put to you", "can you answer", "could you answer",
          "do you answer", "are you able to answer", "can you respond to", "do you respond to",
          "can you handle", "do you handle", "are you able to handle", "can you deal with",
          "do you deal with", "can you help with", "can you help me with",
          "could you help me with", "do you help with", "are you able to help with",
          "can you cover", "do you cover", "do you know about", "can you talk about",
          "can we talk about", "can we discuss", "do you take", "do you accept",
          "are you good at")),
    ),
    "fr": (
        (("quelles questions", "quel genre de questions", "quel type de questions",
          "quels types de questions", "quels genres de questions", "quelles sortes de questions",
          "quelle sorte de questions", "quel genre de question", "quel type de question",
          "quels sujets", "quels thèmes", "sur quels sujets", "sur quels thèmes",
          "sur quelles questions"),
         ("puis je vous interroger", "puis je t'interroger", "peut on vous interroger",
          "peut on t'interroger", "je peux vous interroger", "je peux t'interroger",
          "on peut vous interroger", "puis je vous questionner", "puis je poser",
          "puis je vous poser", "puis je te poser", "je peux poser", "je peux vous poser",
          "je peux te poser", "peut on vous poser", "peut on te poser",
          "on peut vous poser", "on peut te poser", "peut on poser", "on peut poser",
          "est ce que je peux poser", "est ce que je peux vous poser",
          "est ce que je peux te poser", "pouvez vous traiter", "peux tu traiter",
          "vous pouvez traiter", "tu peux traiter", "traitez vous", "traites tu", "vous traitez",
          "tu traites", "acceptez vous", "acceptes tu", "pouvez vous répondre", "peux tu répondre",
          "puis je aborder", "peut on aborder", "je peux aborder", "pouvez vous aborder",
          "peux tu aborder")),
        (("tu peux répondre à", "vous pouvez répondre à", "tu réponds à", "vous répondez à",
          "tu sais répondre à", "vous savez répondre à", "tu es capable de répondre à",
          "vous êtes capable de répondre à", "je peux te poser", "je peux vous poser",
          "on peut te poser", "on peut vous poser", "je peux poser", "on peut poser",
          "tu traites", "vous traitez", "tu acceptes", "vous acceptez", "tu peux traiter",
          "vous pouvez traiter"),
         ("quel genre de questions", "quel type de questions", "quels types de questions",
          "quels genres de questions", "quelles questions", "quelles sortes de questions",
          "quelle sorte de questions", "quel genre de question", "quel type de question",
          "quels sujets", "quels thèmes")),
        (("à quel genre de questions", "à quel type de questions", "à quelles questions",
          "à quels types de questions", "à quels genres de questions",
          "à quelle sorte de questions", "sur quels sujets", "sur quels thèmes", "sur quoi"),
         ("peux tu répondre", "pouvez vous répondre", "réponds tu", "répondez vous",
          "sais tu répondre", "savez vous répondre", "tu peux répondre", "vous pouvez répondre",
          "tu réponds", "vous répondez", "tu sais répondre", "vous savez répondre",
          "est ce que tu peux répondre", "est ce que vous pouvez répondre",
          "es tu capable de répondre", "êtes vous capable de répondre",
          "je peux te poser des questions", "je peux vous poser des questions",
          "puis je te poser des questions", "puis je vous poser des questions",
          "on peut te poser des questions", "on peut vous poser des questions")),
    ),
    "es": (
        (("qué preguntas", "qué tipo de preguntas", "qué clase de preguntas",
          "qué tipos de preguntas", "qué consultas", "qué tipo de consultas", "qué temas",
          "cuáles preguntas", "a qué preguntas", "a qué tipo de preguntas", "sobre qué temas",
          "sobre qué", "qué cosas", "qué tipo de cosas", "de qué cosas", "sobre qué cosas"),
         ("puedo hacer", "puedo hacerte", "puedo hacerle", "te puedo hacer", "le puedo hacer",
          "se te pueden hacer", "se le pueden hacer", "puedo preguntar", "puedo preguntarte",
          "puedo preguntarle", "te puedo preguntar", "le puedo preguntar", "podés preguntar",
          "puedo consultar", "puedo consultarte", "puedo consultarle", "te puedo consultar",
          "le puedo consultar", "puedes responder", "puede responder", "podés responder",
          "puedes contestar", "puede contestar", "podés contestar", "me puedes responder",
          "me puede responder", "me podés responder", "me puedes contestar",
          "me podés contestar", "respondes", "responde", "contestas", "contesta",
          "sabes responder", "sabe responder", "atiendes", "atiende", "manejas", "cubres",
          "abarcas", "tratas")),
    ),
    "ru": (
        (("какие вопросы", "какие вопросы тебе", "какие вопросы вам", "какие вопросы я",
          "какие вопросы мне", "какие вопросы я тебе", "какие вопросы я вам",
          "какого рода вопросы", "какого рода вопросы тебе", "какого рода вопросы вам",
          "какие темы", "какие темы тебе", "какие темы вам"),
         ("можно задавать", "можно задать", "можно тебе задать", "можно вам задать",
          "можно тебе задавать", "можно вам задавать", "могу задать", "могу задавать",
          "могу тебе задать", "могу вам задать", "могу тебе задавать", "могу вам задавать",
          "я могу задать", "я могу задавать", "я могу тебе задать", "я могу вам задать",
          "тебе можно задавать", "вам можно задавать", "тебе можно задать", "вам можно задать",
          "ты понимаешь", "вы понимаете", "ты принимаешь", "вы принимаете", "ты знаешь",
          "вы знаете", "можно обсудить", "можно обсуждать", "можно с тобой обсудить",
          "можно с вами обсудить", "ты рассматриваешь", "вы рассматриваете")),
        (("на какие вопросы", "на какие темы", "на какого рода вопросы", "на вопросы какого рода",
          "на что"),
         ("ты можешь ответить", "вы можете ответить", "можешь ответить", "можете ответить",
          "ты отвечаешь", "вы отвечаете", "отвечаешь", "отвечаете", "ты умеешь отвечать",
          "вы умеете отвечать", "умеешь отвечать", "ты способен ответить",
          "вы способны ответить", "ты можешь отвечать", "вы можете отвечать",
          "ты можешь мне ответить", "вы можете мне ответить", "ты мне можешь ответить",
          "вы мне можете ответить")),
        (("о чем", "про что"),
         ("тебя можно спросить", "вас можно спросить", "можно тебя спросить",
          "можно вас спросить", "тебя можно спрашивать", "вас можно спрашивать",
          "я могу спросить", "я могу тебя спросить", "я могу вас спросить", "могу тебя спросить",
          "могу вас спросить", "можно спросить", "можно спрашивать", "можно с тобой поговорить",
          "можно с вами поговорить", "с тобой можно поговорить", "с вами можно поговорить",
          "ты можешь рассказать", "вы можете рассказать", "ты можешь мне рассказать",
          "вы можете мне рассказать", "ты знаешь", "вы знаете", "мне тебя спросить",
          "мне вас спросить")),
    ),
    "zh": (
        (("你能", "你可以", "您能", "您可以", "你会", "您会", "你能够", "您能够", "你都能",
          "您都能", "你都可以", "这个机器人能", "这个机器人都能", "这个机器人可以", "机器人能",
          "这个助手能", "这个助手都能", "这个助手可以"),
         ("帮我做什么", "帮我做些什么", "帮我做点什么", "帮我干什么", "帮我干些什么",
          "帮我干点什么", "帮我干啥", "帮我干嘛", "帮我什么", "帮我什么忙", "帮我哪些忙",
          "帮上什么忙", "帮什么忙", "帮些什么", "帮什么", "为我做什么", "为我做些什么",
          "为我提供什么", "提供什么帮助", "提供哪些帮助", "做什么", "做些什么", "干什么",
          "干些什么", "回答什么问题", "回答哪些问题", "回答哪些方面的问题", "回答什么样的问题",
          "回答哪类问题", "回答哪种问题", "回答什么类型的问题", "回答哪方面的问题",
          "解答哪方面的问题", "解答什么问题", "解答哪些问题",
          "解答什么样的问题", "解答哪些方面的问题", "回答什么", "解答什么", "帮我解答什么",
          "帮我回答什么问题", "帮我解决什么问题", "帮我解决哪些问题", "解决什么问题",
          "解决哪些问题", "处理什么问题", "处理哪些问题")),
        (("我可以问", "我能问", "我可以问你", "我能问你", "可以问", "能问", "可以问你", "能问你",
          "我可以向你提", "我能向你提", "可以向你提", "我可以提", "我能提", "可以提",
          "我可以咨询", "我能咨询", "可以咨询", "我可以向你咨询", "可以向你咨询", "我能向你咨询"),
         ("什么问题", "哪些问题", "什么样的问题", "哪类问题", "哪种问题", "哪些方面的问题",
          "哪方面的问题", "什么类型的问题", "哪些类型的问题", "些什么", "些什么问题", "哪些内容",
          "什么内容", "哪些方面", "什么方面的问题")),
        (("哪些问题", "什么问题", "什么样的问题", "哪类问题", "哪方面的问题"),
         ("可以问你", "我可以问你", "能问你", "我能问你", "可以问", "我可以问", "你能回答",
          "你可以回答", "你会回答", "你能解答", "你可以解答")),
    ),
    "ar": (
        (("ايش الاسئلة", "ايش الاشياء", "شو الاسئلة", "شو الاشياء", "وش الاسئلة", "وش الاشياء",
          "ايه الاسئلة", "ايه الحاجات", "ايه الاشياء", "ما الاسئلة", "ما هي الاسئلة",
          "ما الاشياء", "ما هي الاشياء", "ما نوع الاسئلة", "اي نوع من الاسئلة", "ما المواضيع",
          "ما هي المواضيع", "شو المواضيع", "ايش المواضيع", "وش المواضيع"),
         ("اللي تقدر تجاوب عليها", "اللي تجاوب عليها", "اللي بتقدر تجاوب عليها",
          "اللي بتجاوب عليها", "اللي بتعرف تجاوب عليها", "اللي تعرف تجاوب عليها",
          "اللي ممكن تجاوب عليها", "اللي تقدر ترد عليها", "اللي اقدر اسالك عنها",
          "اللي اقدر اسالك فيها", "اللي ممكن اسالك عنها", "اللي بقدر اسالك عنها",
          "اللي ممكن اسالها", "اللي اقدر اسالها", "اللي اقدر اسالك اياها",
          "اللي ممكن اسالك اياها", "اللي بقدر اسالك اياها", "اللي ممكن اسالك ياها",
          "اللي اقدر اسالك ياها", "اللي بقدر اسالك ياها", "اللي تقدر تساعدني فيها",
          "اللي بتقدر تساعدني فيها", "اللي تعرفها", "اللي بتعرفها", "التي يمكنك الاجابة عنها",
          "التي يمكنك الاجابة عليها", "التي تجيب عنها", "التي تجيب عليها",
          "التي يمكنني طرحها", "التي يمكنني طرحها عليك", "التي يمكنني ان اسالك عنها",
          "التي استطيع طرحها", "التي تستطيع الاجابة عنها", "التي تستطيع الاجابة عليها",
          "التي تعرفها", "التي يمكنك المساعدة فيها")),
    ),
}

# "Very useful" + "for my note to the minister": an appreciation and what it is useful for
# (in Chinese the other way round: "对我的报告" + "很有帮助"). What it is for is no filler of its
# own, so "help for my report" or "what can you tell me for my report" stay questions.
USEFUL_FOR: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("useful", "very useful", "helpful", "very helpful", "that's useful", "that's helpful",
         "super helpful", "exactly what i needed", "just what i needed", "what i needed",
         "that's what i needed", "that helps", "that helped", "this helps", "it helps",
         "this will help", "that will help", "it will help", "that'll help",
         "this will be useful", "that will be useful", "this will be helpful",
         "that will be helpful", "that's a big help", "a big help", "a great help",
         "this will come in handy", "that will come in handy", "that's perfect", "that's great"),
        ("for my brief", "for the brief", "for my briefing", "for the briefing", "for my note",
         "for the note", "for my memo", "for the memo", "for my report", "for the report",
         "for our report", "for my paper", "for my presentation", "for the presentation",
         "for my work", "for our work", "for my meeting", "for the meeting",
         "for my note to the minister", "for the note to the minister", "for the minister",
         "for my minister", "for my team",
         "for my briefing note", "for the briefing note", "with my brief", "with the brief",
         "with my report", "with the report", "with my note", "with my presentation",
         "with my work", "in my work", "in my report"),
    ),
    "fr": (
        ("utile", "très utile", "c'est utile", "c'est très utile", "super utile",
         "ça m'est très utile", "ça m'est utile", "cela m'est très utile", "cela m'est utile",
         "ça me sera très utile", "ça me sera utile", "cela me sera très utile",
         "cela me sera utile", "ça va m'être très utile", "ça va m'être utile", "ça va m'aider",
         "ça va beaucoup m'aider", "cela va m'aider", "ça m'aidera", "cela m'aidera",
         "ça m'aidera beaucoup", "ça m'aide beaucoup", "cela m'aide beaucoup", "ça m'a aidé",
         "ça m'a beaucoup aidé", "ça m'a été utile", "ça m'a été très utile",
         "cela m'a été utile", "cela m'a été très utile", "exactement ce qu'il me fallait",
         "c'est ce qu'il me fallait", "c'est exactement ce dont j'avais besoin",
         "exactement ce dont j'avais besoin", "c'est ce dont j'avais besoin",
         "ce dont j'avais besoin", "très précieux", "c'est précieux", "c'est très précieux",
         "très pratique", "c'est parfait"),
        ("pour ma note", "pour la note", "pour ma note au ministre", "pour ma note à la ministre",
         "pour la note au ministre", "pour ma note de synthèse", "pour la note de synthèse",
         "pour mon rapport", "pour le rapport", "pour notre rapport", "pour ma présentation",
         "pour la présentation", "pour mon exposé", "pour mon travail", "pour notre travail",
         "pour ma réunion", "pour la réunion", "pour le ministre", "pour la ministre",
         "pour le ministère", "pour mon mémo", "pour mon dossier", "pour le dossier",
         "pour mon document", "pour mon équipe", "pour mon briefing", "pour mon compte rendu",
         "pour ma fiche", "dans mon travail", "dans mon rapport", "pour la suite"),
    ),
    "es": (
        ("útil", "muy útil", "súper útil", "me es muy útil", "me es útil", "es muy útil",
         "me será muy útil", "me será útil", "me va a servir", "me va a servir mucho",
         "me va a ser muy útil", "me va a ser útil", "me sirve mucho", "me sirvió",
         "me sirvió mucho", "me ayuda mucho", "me ayudó", "me ayudó mucho", "me viene muy bien",
         "justo lo que necesitaba", "es justo lo que necesitaba", "exactamente lo que necesitaba",
         "es lo que necesitaba", "me fue muy útil", "me fue útil", "me ha sido útil",
         "me ha sido muy útil", "re útil"),
        ("para mi informe", "para el informe", "para mi nota", "para la nota",
         "para mi nota al ministro", "para mi nota a la ministra", "para la nota al ministro",
         "para la nota a la ministra", "para mi reporte",
         "para el reporte", "para mi presentación", "para la presentación", "para mi trabajo",
         "para nuestro trabajo", "para nuestro informe", "para la reunión", "para mi reunión",
         "para el ministro", "para la ministra", "para el ministerio", "para mi memo",
         "para mi documento", "para el documento", "para mi equipo", "con mi informe",
         "con el informe", "en mi trabajo", "en mi informe"),
    ),
    "ru": (
        ("полезно", "очень полезно", "это полезно", "это очень полезно", "пригодится",
         "очень пригодится", "это пригодится", "это очень пригодится", "мне это пригодится",
         "это поможет", "это очень поможет", "мне это поможет", "мне это очень поможет",
         "то что нужно", "именно то что нужно", "то что мне нужно", "как раз то что нужно",
         "очень помогли", "вы очень помогли", "ценно", "очень ценно", "было полезно",
         "было очень полезно"),
        ("для моей записки", "для записки", "для служебной записки",
         "для моей служебной записки", "для аналитической записки", "для отчета",
         "для моего отчета", "для нашего отчета", "для доклада", "для моего доклада",
         "для презентации", "для моей презентации", "для министра", "для записки министру",
         "для моей записки министру", "для работы", "для моей работы", "для нашей работы",
         "для совещания", "в работе", "в моей работе", "для брифинга"),
    ),
    "zh": (
        ("对我的报告", "对我写报告", "对我的工作", "对我的简报", "对我写简报", "对我的汇报",
         "对我的材料", "对我写材料", "对我的发言", "对我给部长的汇报", "对我们的工作",
         "对我们的报告", "这对我的报告", "这对我的工作", "这个对我的报告", "这个对我的工作",
         "对我写的报告", "对我的文件", "对我的备忘录", "对我的讲话稿"),
        ("很有帮助", "非常有帮助", "太有帮助了", "很有用", "非常有用", "太有用了", "帮助很大",
         "很实用", "非常实用", "很有价值"),
    ),
    "ar": (
        ("مفيد", "مفيد جدا", "مفيدة", "مفيدة جدا", "هذا مفيد", "هذا مفيد جدا", "كتير مفيد",
         "مفيد كتير", "مفيد مرة", "هذا ما احتاجه", "هذا ما كنت احتاجه", "هذا اللي احتاجه",
         "هذا اللي كنت محتاجه", "افدتني", "ساعدتني", "هذا سيساعدني", "سيساعدني",
         "هذا سيفيدني", "سيفيدني", "هيفيدني", "رح يفيدني", "راح يفيدني", "بيفيدني",
         "هيساعدني", "رح يساعدني"),
        ("لتقريري", "للتقرير", "في تقريري", "في التقرير", "لمذكرتي", "للمذكرة", "في مذكرتي",
         "لمذكرتي للوزير", "للمذكرة للوزير", "لعملي", "في عملي", "للوزير", "للوزيرة", "لعرضي",
         "للعرض", "في العرض", "لاجتماعي", "للاجتماع", "لورقتي", "للورقة", "لملفي", "للملف",
         "لتقريرنا", "في شغلي", "لشغلي"),
    ),
}
# fmt: on


# Chat spellings, written out before the tables are read ("are u chatgpt", "thank u").
CHAT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "u": ("you",),
    "r": ("are",),
    "ur": ("your",),
    "im": ("i", "m"),
    "dont": ("don", "t"),
    "wat": ("what",),
    "wut": ("what",),
    "q": ("que",),  # "q puedes hacer", "hola q tal"
    "ke": ("que",),
    "чо": ("что",),
    "че": ("что",),
    "шо": ("что",),
}
# "a+" ("à plus"), whose "+" would otherwise be dropped with the other symbols.
_A_PLUS = re.compile(r"(?<!\w)[aà@]\+(?!\w)")
# "from" before a place at the end of a greeting, thanks or goodbye, and how many words the place
# may have: "Greetings from Nairobi", "Saludos desde Lima", "Bonjour de Dakar", "Привет из Казани".
FROM = frozenset({"from", "desde", "de", "depuis", "из", "от", "من"})
PLACE_WORDS = 2

# Emoji that say it all on their own ("👋" alone is a greeting); other emoji are ignored.
EMOJI: dict[str, Intent] = {"👋": Intent.GREETING, "🙏": Intent.THANKS}

# Emoticons whose letters would otherwise be left behind as words (":D", "xD", ":p", ":3").
_EMOTICON = re.compile(
    r"(?:[:;=][-'^]?[()dp\]\[/\\|o*3]+|(?<![a-z0-9])(?:8[-']?[()dp]|x[dp]+|<3+|\^[_.-]?\^))"
    r"(?![a-z0-9])"
)
_MENTION = re.compile(r"@\w+")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_TOKEN = re.compile(rf"[{_HAN}]|[^\s{_HAN}]+")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_DROPPED_CATEGORIES = ("P", "S", "M", "C")  # punctuation, symbols, marks, invisible characters


LIGATURES = {"œ": "oe", "æ": "ae"}


def _clean(text: str) -> str:
    """Fold a message or a table entry, and turn punctuation, symbols and marks into spaces."""
    text = normalize(text).replace("ё", "е")
    for ligature, letters in LIGATURES.items():  # "cœur" is typed "coeur" too
        text = text.replace(ligature, letters)
    text = normalize_arabic(fold_accents(text))
    kept = (" " if unicodedata.category(char)[0] in _DROPPED_CATEGORIES else char for char in text)
    return " ".join("".join(kept).split())


def _tokens(cleaned: str) -> tuple[str, ...]:
    """Words, with each Han character a token of its own and repeated letters written once.

    Collapsing runs of a letter on both sides ("merciii" and "merci" are "merci", "谢谢谢谢" and
    "谢谢" are "谢") lets any letter repeat without a regex that could backtrack for ever.
    """
    return tuple(_TOKEN.findall(_REPEATS.sub(r"\1", cleaned)))


def _add(
    table: dict[tuple[str, ...], frozenset[Intent]], entry: str, intents: frozenset[Intent]
) -> None:
    tokens = _tokens(_clean(entry))
    if not tokens:
        return
    table[tokens] = table.get(tokens, frozenset()) | intents
    if len(tokens) > 1 and not any(_HAN_CHAR.match(token) for token in tokens):
        joined = ("".join(tokens),)  # typed together: "thankyou", "goodmorning", "aidemoi"
        table[joined] = table.get(joined, frozenset()) | intents


Pair = tuple[tuple[str, ...], tuple[str, ...]]


def _pairs() -> Iterator[tuple[Intent, Pair]]:
    """The paired tables: each first part followed by each second part is a phrase of the intent."""
    for table in (WHAT_ARE_YOU, WHO_MADE_YOU, HUMAN_OR_BOT):
        for pair in table.values():
            yield Intent.WHO, pair
    for pairs in QUESTIONS_YOU_TAKE.values():
        for pair in pairs:
            yield Intent.CAPABILITIES, pair
    for pair in USEFUL_FOR.values():
        yield Intent.THANKS, pair


@cache
def _table() -> dict[tuple[str, ...], frozenset[Intent]]:
    """Every phrase and filler of every language as a token sequence and its intents."""
    table: dict[tuple[str, ...], frozenset[Intent]] = {}
    for words in FILLER.values():
        for word in words:
            _add(table, word, frozenset())
    for phrases in PHRASES.values():
        for intent, entries in phrases.items():
            for entry in entries:
                _add(table, entry, frozenset({intent}))
    for intent, (openings, endings) in _pairs():
        for opening, ending in itertools.product(openings, endings):
            _add(table, f"{opening} {ending}", frozenset({intent}))
    return table


@cache
def _longest() -> int:
    return max(len(tokens) for tokens in _table())


def _first_words(token: str) -> tuple[str, ...]:
    """A token and, for Arabic, the same word without the "and" written onto it ("وشكرا")."""
    if token.startswith("و") and len(token) > 2:
        return (token, token[1:])
    return (token,)


def _parse(tokens: tuple[str, ...]) -> frozenset[Intent] | None:
    """The intents of a message made only of phrases and filler, else None.

    Each position is solved once, longest phrase first, so the work stays linear in the length
    of the message; a message that leaves anything else ("hello, what about data?") is None.
    """
    table, longest = _table(), _longest()
    solved: dict[int, frozenset[Intent] | None] = {len(tokens): frozenset()}
    for start in range(len(tokens) - 1, -1, -1):
        solved[start] = None
        for length in range(min(longest, len(tokens) - start), 0, -1):
            rest = solved[start + length]
            if rest is None:
                continue
            found = [
                table[key]
                for first in _first_words(tokens[start])
                if (key := (first, *tokens[start + 1 : start + length])) in table
            ]
            if found:
                solved[start] = rest | found[0]
                break
    return solved[0]


def small_talk(
    text: str, language: str | None = None, *, names: Iterable[str] = ()
) -> Intent | None:
    """The small-talk intent of a message, or None if it says anything else.

    ``names`` are the bot's own names (its username, its display name), which people add to
    a greeting in group chats; @mentions are always ignored. ``language`` is accepted so callers
    can pass what they know, but every language's phrases are tried: a two-word message's
    language cannot be told reliably, and people mix them ("ok merci", "hi, спасибо").
    """
    del language  # deliberately unused, see above
    if len(text) > 4 * LONGEST_SMALL_TALK:  # before any work: emoji and spaces may inflate it
        return None
    without_mentions = _MENTION.sub(" ", normalize(text))
    for name in names:
        name_pattern = rf"(?<!\w){re.escape(normalize(name))}(?!\w)"
        without_mentions = re.sub(name_pattern, " ", without_mentions)
    without_mentions = _EMOTICON.sub(" ", _A_PLUS.sub(" à plus ", without_mentions))
    cleaned = _clean(without_mentions)
    if len(cleaned) > LONGEST_SMALL_TALK:
        return None
    if not cleaned:
        return next((intent for emoji, intent in EMOJI.items() if emoji in text), None)
    tokens = _spelled_out(_tokens(cleaned))
    intents = _understood(tokens, _names(_MENTION.sub(" ", text)))
    if not intents:
        return None
    return next(intent for intent in PRIORITY if intent in intents)


def small_talk_language(text: str) -> str | None:
    """The language whose own phrases hold the most words of a small-talk message, if one does.

    A greeting is too short for the language identifier, which then follows the person's
    Telegram language: "hola" from an English app would be answered in English. The phrase
    tables know better. None when no language, or several equally, claim it ("hi, спасибо").
    """
    words = set(_tokens(_clean(text)))
    counts = {language: len(words & vocabulary) for language, vocabulary in _words().items()}
    best = max(counts.values(), default=0)
    leaders = [language for language, count in counts.items() if count == best]
    return leaders[0] if best and len(leaders) == 1 else None


@cache
def _words() -> dict[str, frozenset[str]]:
    """Each language's phrase words (filler left out: "ok" is typed in every language)."""
    entries: dict[str, list[str]] = {language: [] for language in PHRASES}
    for language, phrases in PHRASES.items():
        for written in phrases.values():
            entries[language] += written
    for table in (WHAT_ARE_YOU, WHO_MADE_YOU, HUMAN_OR_BOT, USEFUL_FOR):
        for language, (openings, endings) in table.items():
            entries[language] += [*openings, *endings]
    for language, pairs in QUESTIONS_YOU_TAKE.items():
        for openings, endings in pairs:
            entries[language] += [*openings, *endings]
    return {
        language: frozenset(token for entry in written for token in _tokens(_clean(entry)))
        for language, written in entries.items()
    }


def _understood(tokens: tuple[str, ...], names: frozenset[str]) -> frozenset[Intent] | None:
    """The intents of the message as written, else with its typos corrected (``_corrected``)."""
    intents = _parse(tokens) or _signed_from_somewhere(tokens) or _addressed(tokens, names)
    if intents:
        return intents
    for candidate in dict.fromkeys((_corrected(tokens), _softened(_corrected(tokens)))):
        if candidate != tokens and candidate:
            intents = (
                _parse(candidate)
                or _signed_from_somewhere(candidate)
                or _addressed(candidate, names)
            )
            if intents:
                return intents
    return None


# Adverbs that people put anywhere, inside a phrase too ("ты вообще кто", "no sé muy bien cómo
# funciona", "你主要能帮什么"): when a message is not small talk as written, it is read again
# without them. They ask nothing, so leaving them out never turns a question into small talk.
# fmt: off
SOFT_WORDS = (
    "very", "really", "so", "just", "actually", "exactly", "quite", "much", "even", "still",
    "très", "vraiment", "beaucoup", "bien", "exactement", "donc", "alors", "encore", "juste",
    "muy", "realmente", "exactamente", "mucho", "todavía", "bien", "ya",
    "очень", "вообще", "именно", "просто", "ещё", "тут", "здесь", "же", "всё", "все", "сейчас",
    "都", "到底", "究竟", "主要", "还", "也", "就",
    "جدا", "فعلا", "حقا", "بالضبط", "بالظبط", "بالزبط", "اصلا",
)
# fmt: on


@cache
def _soft() -> frozenset[str]:
    return frozenset(token for word in SOFT_WORDS for token in _tokens(_clean(word)))


def _softened(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without SOFT_WORDS."""
    soft = _soft()
    return tuple(token for token in tokens if token not in soft)


def _spelled_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Chat spellings written out ("are u chatgpt" is "are you chatgpt")."""
    if not any(token in CHAT_SPELLINGS for token in tokens):
        return tokens
    return tuple(word for token in tokens for word in CHAT_SPELLINGS.get(token, (token,)))


def _signed_from_somewhere(tokens: tuple[str, ...]) -> frozenset[Intent] | None:
    """A greeting, thanks or goodbye followed by where it comes from: "Greetings from Nairobi",
    "Saludos cordiales desde Lima", "Привет из Казани", "مرحبا من القاهرة"."""
    for place in range(1, PLACE_WORDS + 1):
        at = len(tokens) - place - 1
        if at < 1 or tokens[at] not in FROM:
            continue
        intents = _parse(tokens[:at])
        if intents and intents & {Intent.GREETING, Intent.THANKS, Intent.GOODBYE}:
            return intents
    return None


# Intents that people address to someone by name: "Thanks Anna", "Bonjour Madame Diallo".
SOCIAL = frozenset({Intent.GREETING, Intent.THANKS, Intent.GOODBYE})
VOCATIVE = "يا"  # Arabic "O …" before whom a message is addressed to: "مشكور يا غالي"
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _names(text: str) -> frozenset[str]:
    """The tokens of words written like a name, other than the first word: a capital, then small
    letters ("Anna", "Marie-Claire", "Анна"), at the end of the message or before punctuation
    ("Hi Anna, thanks!"). A capitalised word followed by another word is not one ("hello
    Assistant UNESCO" keeps "Assistant" as content), and at most MAX_NAMES are taken.
    """
    text = unicodedata.normalize("NFKC", text)
    found = list(_WORD.finditer(text))
    names: set[str] = set()
    for match in found[1:]:
        after = text[match.end() :].lstrip(" ")
        if after and unicodedata.category(after[0])[0] not in "PS":
            continue
        parts = match.group().replace("'", "-").split("-")
        if all(len(part) > 1 and part[0].isupper() and part[1:].islower() for part in parts):
            names.update(_tokens(_clean(match.group())))
    return frozenset(names) if len(names) <= MAX_NAMES else frozenset()


MAX_NAMES = 2
ADDRESSEE_WORDS = 2  # after the vocative: "يا غالي", "يا استاذ أحمد"


def _addressee(following: tuple[str, ...], table: dict[tuple[str, ...], frozenset[Intent]]) -> int:
    """How many words after the vocative name whom it addresses: words that are no phrase."""
    count = 0
    for token in following:
        if table.get((token,)):
            break
        count += 1
    return count


def _addressed(tokens: tuple[str, ...], names: frozenset[str]) -> frozenset[Intent] | None:
    """A greeting, thanks or goodbye addressed to someone: with a name ("Thanks Anna", "Hi Anna,
    thanks", "Спасибо, Анна"), or the Arabic vocative and a word or two ("مشكور يا غالي")."""
    table = _table()
    rest: list[str] = []
    skip = 0
    for at, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if token == VOCATIVE:
            skip = _addressee(tokens[at + 1 : at + 1 + ADDRESSEE_WORDS], table)
            if skip:
                continue
        if token in names and (token,) not in table:
            continue
        rest.append(token)
    if len(rest) == len(tokens) or not rest:
        return None
    intents = _parse(tuple(rest))
    return intents if intents and intents & SOCIAL else None


# Typos: a word of at least TYPO_LENGTH letters that no phrase or filler has is read as the one
# word of the tables (of as many letters at least) one edit away (a letter missing, extra, wrong,
# or two swapped): "thnaks", "bonjuor", "Здраствуйте", "gracais". Shorter words are not
# corrected: too many ordinary words are one edit from a short one of the tables ("notes" and
# "noted", "dueño" and "bueno", "الجدة" and "النجدة").
TYPO_LENGTH = 6
MAX_TYPOS = 2


@cache
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every word of the tables, and those long enough to be a typo's correction.

    Words as written in the tables, not their joined forms ("estodo" from "es todo"), which are
    no word a typo could be meant for.
    """
    known = frozenset(token for tokens in _table() for token in tokens)
    written = {
        token
        for table in (*FILLER.values(), *(p for ps in PHRASES.values() for p in ps.values()))
        for entry in table
        for token in _tokens(_clean(entry))
    }
    targets = tuple(
        sorted(
            token
            for token in written
            if len(token) >= TYPO_LENGTH and token.isalpha() and not _HAN_CHAR.match(token)
        )
    )
    return known, targets


def _corrected(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens, each unknown one replaced by the table word one edit away, if there is one."""
    known, targets = _vocabulary()
    if sum(token not in known for token in tokens) > MAX_TYPOS:
        return tokens  # a message with more unknown words than that says something else
    result = []
    for token in tokens:
        if token in known or len(token) < TYPO_LENGTH or not token.isalpha():
            result.append(token)
            continue
        best = process.extractOne(
            token, targets, scorer=DamerauLevenshtein.distance, score_cutoff=1
        )
        result.append(best[0] if best is not None else token)
    return tuple(result)
