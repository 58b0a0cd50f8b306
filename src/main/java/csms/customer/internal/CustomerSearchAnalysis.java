package csms.customer.internal;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ngram.NGramFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers of the customer index (CUS-9): smartcn for Chinese full text; n-grams of a whole name (张 finds 张三)
 * and of phone digits (any 3+ digits of a number); a whole-input analyser for the query side of n-gram fields.
 * Registered in application.yml as {@code hibernate.search.backend.analysis.configurer}.
 */
public class CustomerSearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "customer_chinese";
    public static final String PARTIAL = "customer_partial";
    public static final String PHONE_DIGITS = "customer_phone_digits";
    public static final String WHOLE = "customer_whole";
    public static final String LOWERCASE = "customer_lowercase";

    /** The longest part of a name that is indexed as a gram; longer queries rely on the smartcn field. */
    public static final int MAX_NAME_GRAM = 16;
    /** The longest run of phone digits that is indexed as a gram (a landline with extension fits). */
    public static final int MAX_PHONE_GRAM = 20;
    public static final int MIN_PHONE_GRAM = 3;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.analyzer(PARTIAL).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(NGramFilterFactory.class)
                .param("minGramSize", "1").param("maxGramSize", String.valueOf(MAX_NAME_GRAM))
                .param("preserveOriginal", "true");
        context.analyzer(PHONE_DIGITS).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(NGramFilterFactory.class)
                .param("minGramSize", String.valueOf(MIN_PHONE_GRAM)).param("maxGramSize", String.valueOf(MAX_PHONE_GRAM));
        context.analyzer(WHOLE).custom()
                .tokenizer(KeywordTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.normalizer(LOWERCASE).custom()
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
