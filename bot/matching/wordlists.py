"""Word lists: stopwords per language, and everyday words for the language identifier.

Stopwords, as written; ``bot.matching.analysis`` folds them like any text.

Short on purpose: function words and the words of asking ("what does it say about"), which tell
nothing about which recommendation is wanted. Words like "UNESCO" or "teachers" are never here.
"""

from __future__ import annotations

_EN = """
a about above after again all also am an and any are as at be been being both but by can could
did do does doing for from had has have having he her here hers him his how i if in into is it its
me more most my no nor not of on once only or other our ours out over own please same say says
she should so some such tell than that the their theirs them then there these they this those
through to too under until up very was we were what when where which while who whom why will
with would you your yours know want need recommend recommends recommendation recommendations
consensus said regarding concerning anything something whats exactly actually really basically
"""
_FR = """
a au aux avec ce ces cet cette dans de des du elle elles en est et etre eux il ils je la le les
leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que quel quelle
quelles quels qui sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous y
ca cela ceci comment quoi est-ce dit disent dire recommande recommandation recommandations
consensus propos concernant sujet faut peut peuvent doit doivent font fait quand ou exactement
vraiment juste
"""
_ES = """
a al con como cual cuales de del el ella ellas ellos en es esa esas ese eso esos esta estan
estas este esto estos ha han hay la las le les lo los mas me mi mis mucho muy no nos nosotros o
para pero por que quien se ser si sin sobre su sus te tu un una uno unos unas y ya dice dicen
decir recomienda recomendacion recomendaciones consenso respecto acerca puede pueden debe deben
cuando donde exactamente realmente
"""
_RU = """
а без бы был была были было в во вот все всё вы где да для до его ее её если есть ещё еще же за
и из или им их к как ко когда ли либо мне мы на над не нет ни но о об он она они оно от по при
про с со так также то тот ту ты у уж что чтобы чем это эта эти этот я говорит сказано
рекомендует рекомендации рекомендация консенсус насчет насчёт можно нужно ли какие какой какая
каких именно вообще собственно
"""
_AR = """
في من الى إلى على عن مع هل ما ماذا كيف لماذا متى اين أين هذا هذه ذلك تلك التي الذي الذين و او أو
ثم قد لا لم لن ان إن أن كان كانت يكون هو هي هم نحن انا أنا انت أنت كل بعض اي أي عند بين حول
يقول تقول توصي توصية توصيات يوصي توافق بشان بشأن بالضبط
"""
# Chinese is indexed as character bigrams: these are bigrams of asking, not of meaning.
_ZH = """
什么 怎么 怎样 如何 关于 是否 哪些 可以 我们 你们 他们 这个 那个 一下 请问 有关 对于 到底 究竟
"""


def _folded(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _folded(_EN),
    "fr": _folded(_FR),
    "es": _folded(_ES),
    "ru": _folded(_RU),
    "ar": _folded(_AR),
    "zh": _folded(_ZH),
}

# Everyday words of English, French and Spanish, written for this project: the language
# identifier otherwise learns these languages only from texts on education policy, so these lists
# of frequent nouns, verbs, adjectives, time words and numbers let it recognise short questions
# about anything ("hier soir", "receta", "weather"). Words spelled alike in two of them are left
# out.
COMMON_WORDS: dict[str, str] = {
    "en": """
what when where why who which how many much and but because if then than so also too very really
just only still already yet again always never often sometimes usually maybe perhaps here there
everywhere now soon later early late ago before after during while until since about above below
under over between among through across around near far inside outside behind with without
within from into off out up down of to for by at it its this that these those my your his her
our their you she we they them him us someone anyone everyone nobody nothing something anything
everything each every both other another such same own enough few little less more most lot
several all any some none not yes please thanks thank hello goodbye bye sorry be is are was were
been being am have had having do does did done go goes went going get gets got make makes made
take takes came see sees know knows think say says said tell give find want need needs use used
try ask work works working call feel leave left keep let put mean means seem help show hear play
run move live lives believe bring happen write read sit stand lose pay meet learn understand
watch follow speak spend grow walk win won remember love buy wait expect build stay fall reach
sell apply renew book booking cancel check fill register enrol download upload print borrow rent
travel fly drive ride cook eat drink sleep wake wash choose forget fix replace receive deliver
order answer explain should would could might must shall will can cannot time times day days
week weeks month months year years hour hours night morning evening afternoon tonight today
tomorrow yesterday weekend holiday holidays birthday monday tuesday wednesday thursday friday
saturday sunday summer winter autumn home house room kitchen bathroom bedroom garden street city
town country world building shop market supermarket bank pharmacy school university library
church airport beach river mountain lake island forest park bridge neighborhood embassy
consulate food breakfast lunch dinner meal bread butter cheese milk egg eggs meat chicken beef
pork fish rice potatoes vegetables apple water coffee tea juice beer wine sugar salt pepper soup
cake recipe cookies dish cup glass bottle knife fork spoon hungry thirsty delicious sweet spicy
trip journey flight plane luggage suitcase passport boarding departure arrival delay delayed
gate seat window road bike bicycle boat ship subway highway traffic driver license map weather
rain raining rainy snow snowing wind windy sunny sun cloud cloudy storm hot cold warm cool
forecast degrees heat ice fog foggy game team player players goal soccer basketball swimming
running race championship league referee results result tournament money price prices cost costs
cheap expensive payment bill cash card account loan salary wages tax taxes fee fees refund
receipt coins free discount family mother father mom dad brother sister daughter husband wife
child children kids baby grandmother grandfather uncle aunt friend friends boyfriend girlfriend
neighbor people man men woman women boy girl wedding married body head eye eyes ear nose mouth
teeth tooth hand hands arm leg legs foot feet back heart stomach skin hair sick ill fever
headache nurse health healthy pill appointment illness injury blood tired job worker employee
employer boss company meeting career interview hired unemployed unemployment retirement
colleague business contract teacher student students homework exam exams lesson class degree
math history language learning teaching scholarship enrollment schedule timetable form forms
application renewal deadline birth certificate driving permit address phone number website
password insurance lawyer law rules government good bad better best worse worst big small short
high low new old young easy hard difficult right wrong true false full empty open closed busy
nice beautiful pretty ugly happy sad angry afraid ready sure available last next first whole
clear strong weak heavy light dark bright quiet loud fast slow quick quickly slowly rich poor
clean dirty safe dangerous wonderful great awful famous friendly funny boring interesting usual
nearby upcoming weekly daily one two three five seven eight nine eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
ninety hundred thousand half thing things way life word words name story news fact kind side end
example
""",
    "fr": """
une du au aux ce cet cette ces mon ma ta tes sa ses notre votre leur leurs je il elle nous vous
ils elles moi toi lui eux qui quoi quand pourquoi où combien quel quelle quels quelles lequel
laquelle et ou mais donc parce puisque avec sans dans chez sous vers depuis avant après contre
près loin ici partout ailleurs toujours jamais souvent parfois déjà bientôt maintenant
aujourd'hui hier demain soir matin minuit nuit journée semaine mois année heure heures seconde
très trop peu beaucoup assez moins tout tous toute toutes rien personne quelqu'un quelque chaque
autre autres même aussi mieux pire vite lentement seulement vraiment peut-être oui non merci
bonjour bonsoir salut désolé voici voilà être suis est sommes êtes sont était été sera avoir ai
avons avez ont avait eu aller vais allons allez vont allé faire fais fait faisons faites font
fera pouvoir peux peut pouvons pouvez peuvent pourrait pourrais vouloir veux veut voulons voulez
veulent voudrais devoir dois doit devons devez doivent faut savoir sais sait savez connaître
connais voir vois voit vu viens vient venu prendre prends prend pris mettre mets dis dit donner
donne donné trouver trouve parler parle demander attendre attends chercher cherche aimer aime
manger mange boire bois pars sortir sors arriver rester reste passer passe payer paie acheter
achète vendre louer réserver annuler renouveler postuler inscrire remplir envoyer recevoir reçu
ouvrir ouvert fermer fermé commencer commence finir fini terminer travailler travaille étudier
apprendre comprendre comprends écrire lire écouter regarder jouer gagner perdre perdu courir
marcher conduire voyager habiter vivre rentrer revenir retourner appeler appelle téléphoner
rencontrer oublier croire penser pense sembler essayer aider changer choisir laisser tenir
montrer expliquer répondre utiliser télécharger imprimer obtenir fournir coûte coûter neiger
pleuvoir pleut neige temps jour jours lundi mardi mercredi jeudi vendredi samedi dimanche
vacances anniversaire fête printemps automne hiver horaires horaire rendez-vous maison chambre
salle jardin rue ville monde endroit lieu bâtiment magasin marché boulangerie pharmacie école
lycée université bibliothèque église aéroport gare plage rivière montagne mer île forêt pont
quartier mairie ambassade consulat préfecture banque boîte courrier lettre colis nourriture
petit-déjeuner déjeuner dîner repas beurre fromage lait œuf œufs viande poulet bœuf porc poisson
riz pommes terre légumes eau thé jus bière vin sucre sel poivre soupe gâteau recette plat verre
bouteille couteau fourchette cuillère assiette faim soif délicieux vol avion valise bagages
passeport billet billets départ arrivée annulé siège fenêtre voiture vélo bateau métro autoroute
permis carte météo pluie soleil nuage nuages orage chaud froid chaleur glace brouillard degrés
prévisions équipe joueur joueurs résultats résultat championnat ligue entraîneur arbitre
natation victoire défaite gagné argent prix coût cher chère gratuit paiement facture espèces
compte prêt salaire impôts taxe frais remboursement monnaie soldes famille mère père maman frère
sœur fils fille mari femme enfant enfants bébé grand-mère grand-père oncle tante ami amie amis
copain copine voisin voisine gens homme hommes femmes garçon mariage marié tête visage œil yeux
oreille nez bouche dents mains jambe jambes pied pieds cœur ventre peau cheveux douleur malade
fièvre médecin infirmière médicament santé ordonnance blessure sang fatigué travail emploi
métier boulot employé entreprise société réunion carrière entretien candidature chômage retraite
collègue contrat professeur élève élèves étudiant étudiants devoirs cours leçon classe diplôme
matière rentrée bourse formulaire demande délai naissance acte certificat pièce identité séjour
titre nationalité adresse téléphone numéro courriel mot avocat loi règles gouvernement bon bonne
mauvais mauvaise meilleur petit nouveau nouvelle vieux vieille jeune difficile vrai plein vide
occupé joli jolie heureux sûr dernier dernière prochain prochaine deuxième faible lourd léger
clair bruyant rapide lent riche pauvre propre dangereux nul ennuyeux drôle intéressant habituel
quotidien deux trois quatre cinq sept huit neuf dix onze douze treize quatorze quinze vingt
trente quarante cinquante soixante mille demi demie moitié dizaine douzaine choses façon partie
vie nom histoire nouvelles idée problème réponse exemple fois truc côté moyen
""",
    "es": """
el una unos unas al mi su tus sus nuestro nuestra vuestro él ella nosotros vosotros ellos ellas
usted ustedes qué quién quiénes cuál cuáles cuándo dónde cómo cuánto cuánta cuántos cuántas por
porque para sobre hasta desde hacia durante antes después contra cerca lejos aquí allí ahí acá
allá dentro fuera siempre nunca jamás también tampoco todavía aún muy mucho mucha muchos muchas
poco poca pocos bastante demasiado más menos todo toda todos todas nada nadie alguien algo
alguno alguna ningún ninguna cada otro otra otros mismo misma mejor peor despacio juntos
solamente realmente quizás tal vez sí hola gracias adiós perdón pero aunque entonces pues sino
mientras ser eres somos fue fui sido será sería estar estoy estás está estamos están estaba
estado tener tengo tienes tiene tenemos tienen tenía tuve tenido haber hemos han había habrá ir
voy vamos iba ido hacer hago haces hace hacemos hacen hecho hizo poder puedo puedes puede
podemos pueden podría pude querer quiero quieres quiere queremos quieren quería deber debo debes
debe sabes sabe sabemos conocer conozco veo ves visto vengo viene vienen dar doy das dado decir
digo dijo dicho tomar poner pongo pone salir salgo llegar llego llega quedar queda pasar pasa
pagar pago comprar compro alquilar reservar cancelar renovar solicitar postular inscribirse
rellenar llenar enviar mandar recibir abrir abre cerrar cierra empezar empieza comenzar terminar
acabar trabajar trabajo estudiar aprender entender entiendo escribir escuchar mirar jugar juega
ganar perder correr caminar andar conducir manejar viajar vivir vivo volver vuelve regresar
llamar llamo encontrar olvidar creer creo pensar pienso parecer parece intentar ayudar ayuda
cambiar elegir dejar llevar mostrar explicar contestar usar utilizar descargar imprimir firmar
obtener conseguir cuesta costar llover llueve nevar nieva como beber duerme despertar lavar
limpiar cocinar buscar busco necesitar necesito necesita gustar gusta gustaría encanta esperar
espero siento subir bajar entrar nacer morir enseñar preguntar pedir pido cobrar devolver
reclamar tiempo día días semana semanas meses año años hora horas horario horarios minuto
minutos segundo noche mañana mediodía medianoche madrugada hoy ayer anoche anteayer pasado lunes
martes miércoles jueves viernes sábado domingo finde vacaciones cumpleaños primavera verano
otoño invierno cita casa hogar habitación cuarto cocina baño calle ciudad país mundo lugar sitio
edificio tienda mercado supermercado panadería farmacia escuela colegio instituto universidad
biblioteca iglesia aeropuerto estación playa río montaña lago isla bosque puente ayuntamiento
embajada consulado oficina banco correo correos buzón carta paquete comida desayuno almuerzo
cena mantequilla queso leche huevo huevos carne pollo cerdo pescado arroz patatas verduras
frutas fruta agua zumo jugo cerveza vino azúcar pimienta sopa tarta receta plato vaso botella
cuchillo tenedor cuchara hambre sed delicioso viaje vuelo avión maleta equipaje pasaporte
billete boleto entrada reserva salida llegada retraso puerta asiento ventana carretera coche
carro bicicleta barco tren autopista tráfico licencia permiso mapa clima lluvia nieve viento
nube nubes tormenta calor frío caliente hielo niebla grados pronóstico partido equipo jugador
jugadores gol goles resultado resultados campeonato copa liga entrenador árbitro natación
carrera derrota fútbol baloncesto dinero precio precios coste costo caro barato factura efectivo
cuenta préstamo sueldo salario impuestos tasa cuota reembolso recibo cambio descuento rebajas
familia madre padre mamá padres hermano hermana hijo hija hijos marido esposo esposa mujer niño
niña niños bebé abuela abuelo tío tía amigo amiga amigos novio novia vecino vecina gente hombre
hombres mujeres chico chica boda casado cuerpo cabeza cara ojo ojos oreja nariz boca dientes
mano manos brazo pierna piernas espalda corazón estómago piel pelo dolor enfermo fiebre médico
enfermera salud herida sangre cansado empleo empleado jefe empresa reunión entrevista paro
desempleo jubilación compañero contrato puesto prácticas maestra profesor alumno alumnos
estudiante estudiantes deberes tarea exámenes clase clases nota notas título asignatura beca
matrícula curso trámite trámites formulario solicitud plazo nacimiento certificado partida
documento identidad residencia nacionalidad sello dirección teléfono número contraseña seguro
abogado ley reglas gobierno bueno buena buenos buenas malo mala pequeño pequeña nuevo nueva
viejo vieja joven fácil difícil verdad falso lleno vacío abierto cerrado ocupado guapo feliz
contento listo último próximo primero primera segunda fuerte débil pesado ligero oscuro claro
tranquilo rápido lento pobre limpio sucio peligroso aburrido divertido interesante diario
semanal mensual uno tres cuatro cinco seis siete ocho nueve diez doce trece catorce quince
dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta
ochenta noventa cien ciento millón medio mitad docena cosa cosas manera forma vida palabra
historia noticias problema pregunta respuesta ejemplo lado principio
""",
}
