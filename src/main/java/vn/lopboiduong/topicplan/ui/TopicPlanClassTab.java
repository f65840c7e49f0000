package vn.lopboiduong.topicplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.lopboiduong.klass.TrainingClass;
import vn.lopboiduong.klass.ui.ClassTab;
import vn.lopboiduong.topicplan.TopicPlanExport;
import vn.lopboiduong.topicplan.TopicPlanProperties;
import vn.lopboiduong.topicplan.TopicPlanService;

/**
 * The class page's "Đề cương" tab: where each topic's plan stands against the class's deadline. Every reader of the
 * class sees it; the service keeps a lecturer to their own topics.
 */
@SpringComponent
class TopicPlanClassTab implements ClassTab {

    private final TopicPlanService plans;
    private final TopicPlanProperties properties;
    private final TopicPlanExport export;

    TopicPlanClassTab(TopicPlanService plans, TopicPlanProperties properties, TopicPlanExport export) {
        this.plans = plans;
        this.export = export;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String titleKey() {
        return "classes.tab.topic-plans";
    }

    @Override
    public String path() {
        return "topic-plans";
    }

    @Override
    public Component content(TrainingClass trainingClass, Runnable classChanged) {
        return new ClassPlans(plans, export, trainingClass.requireId(), properties.deadlineDays());
    }
}
