package vn.gov.cantho.egov.health;

/** Symptoms asked about in a health declaration. */
public enum Symptom {
	FEVER, COUGH, SHORTNESS_OF_BREATH, SORE_THROAT, LOSS_OF_TASTE_OR_SMELL, FATIGUE, MUSCLE_PAIN, DIARRHOEA
}
